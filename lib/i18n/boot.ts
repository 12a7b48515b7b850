/**
 * Inline <head> script that sends a visitor to the UI language they chose before (saved by the
 * language switch) — or, arriving at an English page for the first time with a Chinese browser,
 * to the Chinese pages. It runs before the body is parsed, so the wrong language never shows.
 * A visitor who opens a /zh/ link directly stays there. Plain ES5; never throws.
 */
import { LANG_KEY } from '../settings';
import type { Lang } from './resources';

export function langBootScript(lang: Lang, basePath: string): string {
  return `(function(){try{var cur=${JSON.stringify(lang)},base=${JSON.stringify(basePath)},saved=null;try{saved=localStorage.getItem(${JSON.stringify(LANG_KEY)})}catch(e){}var want=saved==='en'||saved==='zh'?saved:null;if(!want&&cur==='en'){var ls=navigator.languages||[navigator.language||''];for(var i=0;i<ls.length;i++){if(/^zh/i.test(ls[i])){want='zh';break}if(/^en/i.test(ls[i])){break}}}if(!want||want===cur)return;var p=location.pathname;if(base&&p.indexOf(base)===0)p=p.slice(base.length);p=p.replace(/^\\/zh(?=\\/|$)/,'')||'/';if(want==='zh')p='/zh'+(p==='/'?'/':p);location.replace(base+p+location.search+location.hash)}catch(e){}})();`;
}
