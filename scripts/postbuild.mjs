#!/usr/bin/env node
/**
 * Post-build steps on the static export, in order:
 *  1. splice: each article page's body and each print page's sheet, rendered once by lib/render
 *     and lib/handout (out/body/<slot>.html, written by app/body/[file]/route.ts), goes into the
 *     empty placeholder React rendered for it (<div id="article-body" data-body-slot="<slug>.<lang>">
 *     </div>, <div class="handout-sheet" data-body-slot="<slug>.handout.<lang>"></div>); then
 *     out/body/ is removed.
 *     This is how the body reaches the page without React carrying it in its payload or
 *     hydrating it (see app/_components/ArticleView.tsx for why that is safe).
 *  2. csp: every page gets its Content-Security-Policy meta tag (scripts/csp.mjs), computed after
 *     the splice so the hashes are those of the final file.
 *
 * Usage: node scripts/postbuild.mjs [OUT_DIR]   (default: DUIZHAO_OUT_DIR or out)
 * Idempotent: run twice, the second run finds nothing left to splice and recomputes the policies.
 */
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { withPolicy } from './csp.mjs';

const outDir = process.argv[2] ?? process.env.DUIZHAO_OUT_DIR ?? 'out';
/** An empty element React rendered with data-body-slot (lib/dom/contract: BODY_SLOT_ATTR). */
const SLOT = /<(div|section)((?: [a-z-]+="[^"]*")*) data-body-slot="([^"]+)"((?: [a-z-]+="[^"]*")*)><\/\1>/gu;

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

if (!existsSync(outDir)) {
  console.error(`postbuild: ${outDir} does not exist; run next build first`);
  process.exit(1);
}
const bodyDir = join(outDir, 'body');
const bodies = new Map();
const missing = [];
let spliced = 0;
const files = htmlFiles(outDir).filter((f) => !f.startsWith(bodyDir));
for (const file of files) {
  let html = readFileSync(file, 'utf8');
  html = html.replace(SLOT, (whole, tag, before, key, after) => {
    if (!bodies.has(key)) {
      const path = join(bodyDir, `${key}.html`);
      bodies.set(key, existsSync(path) ? readFileSync(path, 'utf8') : null);
    }
    const body = bodies.get(key);
    if (body === null) {
      missing.push(`${relative(outDir, file)}: no body file body/${key}.html`);
      return whole;
    }
    spliced += 1;
    return `<${tag}${before} data-body-slot="${key}"${after}>${body}</${tag}>`;
  });
  writeFileSync(file, withPolicy(html));
}
if (missing.length > 0) {
  console.error(
    `postbuild: ${missing.length} page(s) left without their pre-rendered markup:\n  ${missing.join('\n  ')}`,
  );
  process.exit(1);
}
rmSync(bodyDir, { recursive: true, force: true });
console.log(
  `postbuild: ${spliced} pre-rendered bod${spliced === 1 ? 'y' : 'ies'} (article bodies, handout sheets) spliced; CSP on ${files.length} page(s) in ${outDir}`,
);
