/**
 * One article as a single self-contained HTML file for reading without a server: opened from disk
 * (file://), an e-mail attachment or a USB stick. Next's pages cannot load their scripts from
 * file://, so this file is built separately, from the same annotated model: inline CSS, the
 * article's dictionary subset embedded as JSON, and a small plain script for pinyin and
 * translation toggles and the word popover. Pure: the caller passes the article and UI labels.
 *
 * Escaping: every piece of content goes through escapeHtml (text and attribute values); the JSON
 * island escapes < > & and the two JavaScript line separators, so no content can close the
 * <script> element or start markup. The script builds the popover with textContent only.
 */
import type { AnnotatedArticle, Token, WordInfo } from '../annotate/types';
import { formatReading, numberedToMarks, toneOf } from '../pinyin/syllable';

export type OfflineLabels = {
  lang: 'en' | 'zh';
  pinyin: string;
  translation: string;
  toolbar: string;
  author: string;
  editor: string;
  source: string;
  pending: string;
  inArticle: string;
  dictionary: string;
  name: string;
  noEntry: string;
  close: string;
  hsk: string;
  note: string;
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => HTML_ESCAPES[c] ?? c);
}

/** JSON that is safe inside <script>: no <, >, & or U+2028/2029 survive literally. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/>/gu, '\\u003e')
    .replace(/&/gu, '\\u0026')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');
}

/** What the offline popover needs of a word, pinyin already in tone marks (no converter shipped). */
export type OfflineEntry = { p: string[]; s: string[]; g?: string; n?: string; h?: number; k?: 1 };

export function offlineDictionary(dictionary: Record<string, WordInfo>): Record<string, OfflineEntry> {
  const out: Record<string, OfflineEntry> = {};
  for (const [word, info] of Object.entries(dictionary)) {
    const readings = info.readings.slice(0, 3);
    const entry: OfflineEntry = {
      p: readings.map((r) => formatReading(r.pinyin, 'marks')),
      s: readings.map((r) => r.senses.slice(0, 4).join('; ')),
    };
    if (info.glossary) {
      entry.g = info.glossary.sense;
      if (info.glossary.note) entry.n = info.glossary.note;
    }
    if (info.hsk) entry.h = info.hsk;
    if (info.gloss === 'name') entry.k = 1;
    out[word] = entry;
  }
  return out;
}

function tokensHtml(tokens: readonly Token[]): string {
  return tokens
    .map((t) => {
      if (t.kind !== 'han' || !t.pinyin || !t.entry) return escapeHtml(t.text);
      const marks = t.pinyin.citation
        .map((s) => `<span class="t${toneOf(s)}">${escapeHtml(numberedToMarks(s))}</span>`)
        .join(' ');
      const py = formatReading(t.pinyin.citation, 'marks');
      return `<ruby class="w" tabindex="0" data-w="${escapeHtml(t.entry)}" data-py="${escapeHtml(py)}">${escapeHtml(t.text)}<rt aria-hidden="true">${marks}</rt></ruby>`;
    })
    .join('');
}

const CSS = `
:root{--bg:#fdfcf9;--fg:#1d1b18;--muted:#5c574f;--line:#e2ddd3;--accent:#a3201a;--card:#fff;--hl:#fff1b8;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#16150f;--fg:#ece8df;--muted:#b5afa3;--line:#3a372f;--accent:#ff8a80;--card:#201f18;--hl:#4a4015}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:46rem;padding:1rem;background:var(--bg);color:var(--fg);font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif;line-height:1.6}
.zh{font-family:'Noto Serif CJK SC','Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif;font-size:1.35rem;line-height:2.4}
h1.zh{font-size:1.8rem;line-height:2}
h2.zh{font-size:1.45rem;margin:1.5rem 0 0}
p.zh{margin:1rem 0 .25rem}
.en{color:var(--muted);margin:0 0 1rem}
.credits{color:var(--muted);font-size:.9rem}
.bar{position:sticky;top:0;background:var(--bg);padding:.5rem 0;border-bottom:1px solid var(--line);display:flex;gap:.5rem;z-index:5}
.bar button{font:inherit;padding:.35rem .8rem;border:1px solid var(--line);border-radius:999px;background:var(--card);color:var(--fg);cursor:pointer;min-height:2.5rem}
.bar button[aria-pressed=true]{border-color:var(--accent);color:var(--accent)}
ruby.w{ruby-position:over;cursor:pointer;border-radius:3px}
ruby.w:hover,ruby.w:focus,ruby.w.on{background:var(--hl);outline:none}
ruby.w rt{font-size:.5em;color:var(--muted);user-select:none}
html.nopy ruby.w rt{visibility:hidden}
html.noen .en{display:none}
.pending{font-style:italic}
#pop{position:absolute;z-index:20;max-width:min(22rem,calc(100vw - 16px));background:var(--card);color:var(--fg);border:1px solid var(--line);border-radius:10px;box-shadow:0 6px 24px rgb(0 0 0/.18);padding:.7rem .9rem;font-size:.92rem;line-height:1.45}
#pop[hidden]{display:none}
#pop .hw{font-size:1.5rem;margin-right:.5rem}
#pop .py{font-size:1.05rem;font-weight:600}
#pop .lb{display:block;font-size:.75rem;text-transform:uppercase;color:var(--muted);margin-top:.45rem}
#pop .x{float:right;border:0;background:none;color:var(--muted);font-size:1.3rem;cursor:pointer;min-width:2rem;min-height:2rem}
#pop ol{margin:.15rem 0 0;padding-left:1.2rem}
@media print{.bar,#pop{display:none!important}}
`;

/** The script: toggles, then the popover (hover, tap, focus; Esc closes). ES5, textContent only. */
const SCRIPT = `
(function(){
var d=document,h=d.documentElement,L=JSON.parse(d.getElementById('labels').textContent),D=JSON.parse(d.getElementById('dict').textContent);
function tog(id,cls){var b=d.getElementById(id);b.addEventListener('click',function(){var on=h.classList.toggle(cls);b.setAttribute('aria-pressed',on?'false':'true')})}
tog('tg-py','nopy');tog('tg-en','noen');
var pop=d.getElementById('pop'),cur=null,timer=0;
function el(tag,cls,text){var e=d.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e}
function close(){pinned=false;pop.hidden=true;if(cur){cur.classList.remove('on');cur.removeAttribute('aria-describedby')}cur=null}
function open(w){var k=w.getAttribute('data-w'),e=D[k];if(!e)return;if(cur)cur.classList.remove('on');cur=w;w.classList.add('on');w.setAttribute('aria-describedby','pop');
pop.textContent='';var x=el('button','x','\\u00d7');x.type='button';x.setAttribute('aria-label',L.close);x.addEventListener('click',close);pop.appendChild(x);
var head=el('div');head.appendChild(el('span','hw',k)).setAttribute('lang','zh-Hans');head.appendChild(el('span','py',w.getAttribute('data-py')));if(e.h){head.appendChild(d.createTextNode(' '));head.appendChild(el('span','hsk',L.hsk.replace('{{level}}',e.h)))}pop.appendChild(head);
if(e.g){pop.appendChild(el('span','lb',L.inArticle));pop.appendChild(el('div','g',e.g));if(e.n)pop.appendChild(el('div','n',e.n))}
if(e.s.length){pop.appendChild(el('span','lb',e.k?L.name:L.dictionary));var ol=el('ol');for(var i=0;i<e.s.length;i++){var li=el('li');li.appendChild(el('b',null,e.p[i]+' '));li.appendChild(d.createTextNode(e.s[i]));ol.appendChild(li)}pop.appendChild(ol)}
else if(!e.g)pop.appendChild(el('p',null,L.noEntry));
pop.hidden=false;var r=w.getBoundingClientRect(),pw=pop.offsetWidth,ph=pop.offsetHeight,vw=h.clientWidth;
var below=r.bottom+8+ph<=innerHeight||r.top-8-ph<0,top=below?r.bottom+8:r.top-8-ph,left=Math.min(Math.max(8,r.left+r.width/2-pw/2),Math.max(8,vw-pw-8));
pop.style.top=Math.round(top+scrollY)+'px';pop.style.left=Math.round(left+scrollX)+'px'}
function word(t){return t&&t.closest?t.closest('ruby.w'):null}
var art=d.getElementById('article');
var pinned=false;
art.addEventListener('click',function(ev){var w=word(ev.target);if(!w)return;if(cur===w&&pinned&&!pop.hidden){close();pinned=false}else{open(w);pinned=true}});
art.addEventListener('mouseover',function(ev){var w=word(ev.target);if(w&&!pinned){clearTimeout(timer);open(w)}});
art.addEventListener('mouseout',function(ev){if(word(ev.target)&&!pinned)timer=setTimeout(close,400)});
pop.addEventListener('mouseover',function(){clearTimeout(timer)});
art.addEventListener('focusin',function(ev){var w=word(ev.target);if(w)open(w)});
d.addEventListener('keydown',function(ev){if(ev.key==='Escape')close()});
d.addEventListener('click',function(ev){if(!pop.hidden&&!pop.contains(ev.target)&&!word(ev.target))close()});
})();
`;

/** The whole file, ready to write to disk. */
export function renderOfflineHtml(article: AnnotatedArticle, labels: OfflineLabels): string {
  const { meta, enMeta } = article;
  const credits = [
    meta.author ? `${labels.author}: ${meta.author}` : '',
    meta.editor ? `${labels.editor}: ${meta.editor}` : '',
    meta.source ? `${labels.source}: ${meta.source}` : '',
  ].filter(Boolean);
  const body = article.paragraphs
    .map((p) => {
      const tag = p.kind === 'heading' ? 'h2' : 'p';
      const zh = `<${tag} class="zh" lang="zh-Hans">${p.sentences.map((s) => tokensHtml(s.tokens)).join('')}</${tag}>`;
      const en = p.pending
        ? `<p class="en pending">${escapeHtml(labels.pending)}</p>`
        : `<p class="en" lang="en">${escapeHtml(p.sentences.map((s) => s.en).join(' '))}</p>`;
      return zh + en;
    })
    .join('\n');
  const uiLabels = {
    close: labels.close,
    inArticle: labels.inArticle,
    dictionary: labels.dictionary,
    name: labels.name,
    noEntry: labels.noEntry,
    hsk: labels.hsk,
  };
  return `<!doctype html>
<html lang="${labels.lang === 'zh' ? 'zh-Hans' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)} (${escapeHtml(enMeta.title)})</title>
<style>${CSS}</style>
</head>
<body>
<div class="bar" role="toolbar" aria-label="${escapeHtml(labels.toolbar)}"><button type="button" id="tg-py" aria-pressed="true">${escapeHtml(labels.pinyin)}</button><button type="button" id="tg-en" aria-pressed="true">${escapeHtml(labels.translation)}</button></div>
<article id="article" data-slug="${escapeHtml(article.slug)}">
<h1 class="zh" lang="zh-Hans">${tokensHtml(article.title)}</h1>
<p class="en" lang="en">${escapeHtml(enMeta.title)}</p>
<p class="credits">${credits.map(escapeHtml).join(' · ')}</p>
${body}
</article>
<div id="pop" role="tooltip" hidden></div>
<footer class="credits"><p>${escapeHtml(labels.note)}</p></footer>
<script type="application/json" id="labels">${scriptJson(uiLabels)}</script>
<script type="application/json" id="dict">${scriptJson(offlineDictionary(article.dictionary))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
