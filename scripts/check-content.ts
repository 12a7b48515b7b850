/**
 * `npm run check:content [-- --drafts] [DIR]`: validates every article and prints every problem
 * at once as file:line: message. Exit 1 when anything is wrong, so the build stops before writing.
 */
import { contentDir, envOptions, formatProblems, loadAll } from '../lib/content/load';

const args = process.argv.slice(2);
const drafts = args.includes('--drafts') || process.env.DUIZHAO_DRAFTS === '1';
const dir = args.find((a) => !a.startsWith('--')) ?? contentDir();

// The environment's options (DUIZHAO_MAX_ARTICLE_CHARS) hold here too, as they do in the build.
const { articles, problems } = loadAll(dir, { ...envOptions(), drafts });
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`\n${problems.length} problem(s) in ${dir}. Fix them and run again.`);
  process.exit(1);
}
console.log(`content ok: ${articles.length} article(s) in ${dir}`);
