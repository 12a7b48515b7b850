/**
 * The print view (handout) of an article: title and source, the text with or without pinyin, a
 * vocabulary table of the words above a chosen HSK level, the English on its own page or left
 * out, and lined space for notes. The page is static: its options come from the URL
 * (?pinyin=off&vocab=4&english=off), applied by an inline script as data attributes that
 * handout.css reads; the form below rewrites the URL, so it works without JavaScript too.
 */
import { HANDOUT_OPTIONS, defaultVocabLevel, handoutBootScript, handoutText, handoutVocabulary } from '@/lib/handout';
import { getT, type Lang } from '@/lib/i18n';
import { BODY_SLOT_ATTR, handoutSlot } from '@/lib/dom/contract';
import { href, page } from '@/lib/urls';
import type { ArticleView } from '@/lib/view/types';
import { PrintButton } from './client/PrintButton';
import './handout.css';

const LEVELS = [1, 2, 3, 4, 5, 6] as const;

const NOTE_LINES = 8;

export function Handout({ article, lang }: { article: ArticleView; lang: Lang }) {
  const t = getT(lang);
  const { meta, enMeta } = article;
  const rows = handoutVocabulary(article);
  const vocabDefault = defaultVocabLevel(article);
  const text = process.env.NODE_ENV === 'development' ? handoutText(article) : '';
  const credits = [
    meta.author && `${t('article.byline')}: ${meta.author}`,
    meta.source && `${t('article.source')}: ${meta.source}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="handout" data-testid="handout">
      <form className="handout-options" method="get" aria-label={t('handout.options')}>
        <label>
          <span>{t('handout.pinyin')}</span>
          <select id="h-pinyin" name="pinyin" defaultValue={HANDOUT_OPTIONS.pinyin[0]}>
            <option value="on">{t('handout.withPinyin')}</option>
            <option value="off">{t('handout.withoutPinyin')}</option>
          </select>
        </label>
        <label>
          <span>{t('handout.vocabLevel')}</span>
          <select id="h-vocab" name="vocab" defaultValue={vocabDefault}>
            {LEVELS.map((l) => (
              <option key={l} value={String(l)}>
                {t('difficulty.level', { level: l })}
              </option>
            ))}
            <option value="none">{t('handout.none')}</option>
          </select>
        </label>
        <label>
          <span>{t('handout.english')}</span>
          <select id="h-english" name="english" defaultValue={HANDOUT_OPTIONS.english[0]}>
            <option value="page">{t('handout.ownPage')}</option>
            <option value="off">{t('handout.omitted')}</option>
          </select>
        </label>
        <button type="submit">{t('handout.apply')}</button> <PrintButton />{' '}
        <a href={href(page.article(lang, article.slug))}>{t('handout.back')}</a>
      </form>
      <script dangerouslySetInnerHTML={{ __html: handoutBootScript(vocabDefault) }} />

      <header className="handout-head">
        <h1 lang="zh-Hans" className="zh">
          {meta.title}
        </h1>
        <p lang="en" className="handout-title-en">
          {enMeta.title}
        </p>
        {credits ? <p className="handout-credits">{credits}</p> : null}
        {meta.url ? <p className="handout-credits">{meta.url}</p> : null}
        {meta.licence ? (
          <p className="handout-credits">
            {t('article.licence')}: {meta.licence}
          </p>
        ) : null}
      </header>

      {/* The text, from lib/handout's handoutText: spliced in after the build like the article
          body, for the same reasons and safely in the same way (see ArticleView); in next dev,
          inlined directly. */}
      <section
        className="handout-text"
        lang="zh-Hans"
        {...{ [BODY_SLOT_ATTR]: handoutSlot(article.slug) }}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{ __html: text }}
      />

      <section className="handout-vocab" aria-labelledby="h-vocab-title" data-testid="vocab">
        <h2 id="h-vocab-title">
          {LEVELS.map((l) => (
            <span
              key={l}
              className={`vocab-title vocab-title-${l}${String(l) === vocabDefault ? ' vocab-title-default' : ''}`}
            >
              {t('handout.vocabulary', { level: l })}
            </span>
          ))}
        </h2>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('handout.word')}</th>
              <th scope="col">{t('handout.pinyinCol')}</th>
              <th scope="col">{t('handout.sense')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.word} data-hsk={r.level} data-default-hidden={r.level <= Number(vocabDefault) || undefined}>
                <td lang="zh-Hans" className="zh">
                  {r.word}
                </td>
                <td>{r.pinyin}</td>
                <td lang="en">{r.sense}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="handout-notes" aria-label={t('handout.notes')}>
        <h2>{t('handout.notes')}</h2>
        {Array.from({ length: NOTE_LINES }, (_, i) => (
          <div key={i} className="note-line" />
        ))}
      </section>

      <section className="handout-english" lang="en" aria-labelledby="h-en-title">
        <h2 id="h-en-title">{t('handout.translation')}</h2>
        <h3>{enMeta.title}</h3>
        {article.paragraphs.map((p, pi) =>
          p.kind === 'heading' ? (
            <h3 key={pi}>{p.sentences.map((s) => s.en).join(' ')}</h3>
          ) : (
            <p key={pi}>{p.pending ? t('article.pending') : p.sentences.map((s) => s.en).join(' ')}</p>
          ),
        )}
      </section>
    </div>
  );
}
