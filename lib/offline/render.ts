/**
 * One article as a single self-contained HTML file for reading without a server: opened from disk
 * (file://), an e-mail attachment or a USB stick. Next's pages cannot load their scripts from
 * file://, so this file is built separately, but from the same view and with the same body
 * renderer as the site (lib/render): inline CSS, the words' popover data embedded as JSON, and a
 * small plain script for the pinyin and translation toggles and the word popover. Pure: the
 * caller passes the view, the body labels and the UI labels.
 *
 * Escaping: the body is escaped by construction (lib/render/html); the JSON island escapes < > &
 * and the two JavaScript line separators, so no content can close the <script> element or start
 * markup. The script builds the popover with textContent only.
 */
import { formatReading } from '../pinyin/syllable';
import { renderBody, renderTokens, type BodyLabels } from '../render/body';
import { escapeHtml, scriptJson } from '../render/html';
import { allWords } from '../view/walk';
import type { ArticleView } from '../view/types';

export { escapeHtml, scriptJson };

export type OfflineLabels = {
  lang: 'en' | 'zh';
  pinyin: string;
  translation: string;
  toolbar: string;
  author: string;
  editor: string;
  source: string;
  licence: string;
  pending: string;
  inArticle: string;
  inSentence: string;
  dictionary: string;
  name: string;
  noEntry: string;
  close: string;
  hsk: string;
  note: string;
};

/**
 * The popover's data, from the view: per entry its headword, senses (reading in tone marks),
 * curated sense and note, HSK level, name flag; per word occurrence (in page order) its entry,
 * its reading here and the sense shown first here — the same reading and first sense as the site.
 */
export type OfflineEntry = { w: string; s: [string, string][]; g?: string; n?: string; h?: number; k?: 1 };
export type OfflineWord = [entry: number, reading: string, first: string];
export type OfflineData = { e: OfflineEntry[]; w: OfflineWord[] };

export function offlineData(view: ArticleView): OfflineData {
  const e: OfflineEntry[] = view.entries.map((entry) => {
    const out: OfflineEntry = { w: entry.word, s: entry.senses.map((x) => [formatReading(x.pinyin, 'marks'), x.text]) };
    if (entry.glossary) {
      out.g = entry.glossary.sense;
      if (entry.glossary.note) out.n = entry.glossary.note;
    }
    if (entry.hsk) out.h = entry.hsk;
    if (entry.kind === 'name') out.k = 1;
    return out;
  });
  const w: OfflineWord[] = allWords(view).map(({ word }) => [
    word.entry,
    formatReading(word.citation.filter(Boolean), 'marks'),
    word.first,
  ]);
  return { e, w };
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
.reveal,.read-p{display:none}
rt i{font-style:normal}
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
var d=document,h=d.documentElement,L=JSON.parse(d.getElementById('labels').textContent),D=JSON.parse(d.getElementById('dict').textContent),W=[].slice.call(d.querySelectorAll('#article ruby.w'));
function tog(id,cls){var b=d.getElementById(id);b.addEventListener('click',function(){var on=h.classList.toggle(cls);b.setAttribute('aria-pressed',on?'false':'true')})}
tog('tg-py','nopy');tog('tg-en','noen');
var pop=d.getElementById('pop'),cur=null,timer=0;
function el(tag,cls,text){var e=d.createElement(tag);if(cls)e.className=cls;if(text!=null)e.textContent=text;return e}
function close(){pinned=false;pop.hidden=true;if(cur){cur.classList.remove('on');cur.removeAttribute('aria-describedby')}cur=null}
function open(w){var o=D.w[W.indexOf(w)],e=o&&D.e[o[0]];if(!e||e.w!==w.getAttribute('data-w'))return;var k=e.w;if(cur)cur.classList.remove('on');cur=w;w.classList.add('on');w.setAttribute('aria-describedby','pop');
pop.textContent='';var x=el('button','x','\\u00d7');x.type='button';x.setAttribute('aria-label',L.close);x.addEventListener('click',close);pop.appendChild(x);
var head=el('div');head.appendChild(el('span','hw',k)).setAttribute('lang','zh-Hans');head.appendChild(el('span','py',o[1]));if(e.h){head.appendChild(d.createTextNode(' '));head.appendChild(el('span','hsk',L.hsk.replace('{{level}}',e.h)))}pop.appendChild(head);
if(e.g){pop.appendChild(el('span','lb',L.inArticle));pop.appendChild(el('div','g',e.g));if(e.n)pop.appendChild(el('div','n',e.n))}
else if(o[2]){pop.appendChild(el('span','lb',e.k?L.name:L.inSentence));pop.appendChild(el('div','g',o[2]))}
var rest=[];for(var i=0;i<e.s.length;i++)if(e.s[i][1]!==o[2]||e.g)rest.push(e.s[i]);
if(rest.length){pop.appendChild(el('span','lb',L.dictionary));var ol=el('ol');for(i=0;i<rest.length&&i<8;i++){var li=el('li');li.appendChild(el('b',null,rest[i][0]+' '));li.appendChild(d.createTextNode(rest[i][1]));ol.appendChild(li)}pop.appendChild(ol)}
else if(!e.g&&!o[2])pop.appendChild(el('p',null,L.noEntry));
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
export function renderOfflineHtml(view: ArticleView, body: BodyLabels, labels: OfflineLabels): string {
  const { meta, enMeta } = view;
  const credits = [
    meta.author ? `${labels.author}: ${meta.author}` : '',
    meta.editor ? `${labels.editor}: ${meta.editor}` : '',
    meta.source ? `${labels.source}: ${meta.source}` : '',
    meta.licence ? `${labels.licence}: ${meta.licence}` : '',
  ].filter(Boolean);
  const uiLabels = {
    close: labels.close,
    inArticle: labels.inArticle,
    inSentence: labels.inSentence,
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
<article id="article" data-slug="${escapeHtml(view.slug)}">
<h1 class="zh" lang="zh-Hans">${renderTokens(view.title.tokens, true)}</h1>
<p class="en" lang="en">${escapeHtml(enMeta.title)}</p>
<p class="credits">${credits.map(escapeHtml).join(' · ')}</p>
${renderBody(view, body)}
</article>
<div id="pop" role="tooltip" hidden></div>
<footer class="credits"><p>${escapeHtml(labels.note)}</p></footer>
<script type="application/json" id="labels">${scriptJson(uiLabels)}</script>
<script type="application/json" id="dict">${scriptJson(offlineData(view))}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
