#!/usr/bin/env node
/**
 * Post-build step: gives every exported HTML page a Content-Security-Policy <meta> tag that
 * allows only what the static export needs. A static server sets no headers we control, so the
 * policy travels in the page. Next.js (and our two boot scripts) put inline <script>s in every
 * page; instead of 'unsafe-inline' each one is allowed by its sha256 hash, computed here from the
 * exact bytes in the file. Everything else must come from the site itself: scripts, styles,
 * images, and the per-article dictionary the popover fetches (connect-src). No 'unsafe-eval'.
 *
 * Usage: node scripts/csp.mjs [OUT_DIR]   (default: DUIZHAO_OUT_DIR or out)
 * Idempotent: a page that already has the tag gets it recomputed.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const outDir = process.argv[2] ?? process.env.DUIZHAO_OUT_DIR ?? 'out';

/** Directives besides script-src; frame-ancestors is left out: browsers ignore it in a meta tag. */
const FIXED = [
  "default-src 'self'",
  // Inline styles: the learner's boot <style> hides known words' pinyin before paint. Styles
  // cannot run code; scripts stay hash-only.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gu;
const EXISTING = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/u;

/** The policy for one page: hashes of its inline scripts (those without src). */
export function policyFor(html) {
  const hashes = new Set();
  for (const m of html.matchAll(INLINE_SCRIPT)) {
    const attrs = m[1] ?? '';
    if (/\bsrc=/u.test(attrs)) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(m[2] ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...FIXED.slice(0, 1), `script-src 'self' ${[...hashes].join(' ')}`.trim(), ...FIXED.slice(1)].join('; ');
}

/** Inserts (or replaces) the tag right after <meta charSet>, before any script runs. */
export function withPolicy(html) {
  const clean = html.replace(EXISTING, '');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policyFor(clean)}"/>`;
  const charset = /<meta charSet="utf-8"\/>/iu.exec(clean);
  if (charset) return clean.replace(charset[0], `${charset[0]}${tag}`);
  return clean.replace(/<head>/u, `<head>${tag}`);
}

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  const files = htmlFiles(outDir);
  let scripts = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const next = withPolicy(html);
    scripts += (policyFor(next).match(/'sha256-/gu) ?? []).length;
    writeFileSync(file, next);
  }
  console.log(`csp: ${files.length} page(s) in ${outDir}, ${scripts} inline script hash(es)`);
}
