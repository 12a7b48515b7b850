/**
 * Measuring helpers for the benchmark: child processes with the peak memory of their whole
 * process tree (sampled from /proc), gzip sizes, and the scripts a built HTML page loads.
 */
import { parse } from 'parse5';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function gzipSize(bytes: Uint8Array | string): number {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Resident memory of `root` and all its descendants, in bytes (Linux /proc). */
export function treeRss(root: number): number {
  if (!existsSync('/proc')) return 0;
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * 4096);
    } catch {
      // the process ended between readdir and read
    }
  }
  let total = 0;
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const pid = queue.pop() as number;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += rss.get(pid) ?? 0;
    for (const [child, ppid] of parent) if (ppid === pid) queue.push(child);
  }
  return total;
}

export type RunResult = { code: number; seconds: number; peakRssBytes: number; output: string };

/**
 * Runs a command, samples the RSS of its process tree every 250 ms (`onSample`), and passes its
 * output lines to `onLine` so a long build can show where it is.
 */
export function run(
  cmd: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; onLine?: (line: string) => void; onSample?: (rss: number) => void },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(cmd, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let output = '';
    const timer = setInterval(() => {
      if (!child.pid) return;
      const rss = treeRss(child.pid);
      peak = Math.max(peak, rss);
      options.onSample?.(rss);
    }, 250);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) if (line.trim()) options.onLine?.(line);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      resolve({ code: code ?? 1, seconds, peakRssBytes: peak, output });
    });
  });
}

export type PageWeight = {
  htmlRaw: number;
  /** Elements of the parsed document (as a browser's DOM holds them before any script runs). */
  elements: number;
  htmlGzip: number;
  cssRaw: number;
  cssGzip: number;
  frameworkJsRaw: number;
  frameworkJsGzip: number;
  ownJsRaw: number;
  ownJsGzip: number;
  dictionaryRaw: number;
  dictionaryGzip: number;
  scripts: { src: string; kind: 'framework' | 'own'; raw: number; gzip: number }[];
};

/** Elements of an HTML document, parsed as a browser parses it (parse5, the WHATWG algorithm). */
export function countElements(html: string): number {
  let n = 0;
  const walk = (node: { childNodes?: unknown[]; tagName?: string; content?: unknown }) => {
    if (node.tagName) n += 1;
    for (const child of node.childNodes ?? []) walk(child as typeof node);
  };
  walk(parse(html) as unknown as { childNodes?: unknown[] });
  return n;
}

/**
 * Weight of one exported page. Scripts are the `<script src>` tags a modern browser runs
 * (`noModule` polyfills are skipped: module-capable browsers never fetch them). A chunk is
 * framework when Next's build manifest lists it as a root main file (the Next.js runtime and
 * React, loaded by every page); every other chunk is the page's own code (our client
 * components and the libraries they import, i18next included).
 */
export function pageWeight(outDir: string, distDir: string, pagePath: string, dictPath: string): PageWeight {
  const html = readFileSync(join(outDir, pagePath));
  const text = html.toString('utf8');
  const manifest: unknown = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8'));
  const rootMain = new Set(
    typeof manifest === 'object' &&
      manifest !== null &&
      'rootMainFiles' in manifest &&
      Array.isArray(manifest.rootMainFiles)
      ? manifest.rootMainFiles.map((f: unknown) => `/_next/${String(f)}`)
      : [],
  );
  const scripts: PageWeight['scripts'] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(/<script\b([^>]*)>/gu)) {
    const attrs = m[1] ?? '';
    const src = /\bsrc="([^"]+)"/u.exec(attrs)?.[1];
    if (!src || /\bnoModule\b/iu.test(attrs) || seen.has(src)) continue;
    seen.add(src);
    const bytes = readFileSync(join(outDir, src.replace(/^\//u, '')));
    scripts.push({ src, kind: rootMain.has(src) ? 'framework' : 'own', raw: bytes.length, gzip: gzipSize(bytes) });
  }
  let cssRaw = 0;
  let cssGzip = 0;
  for (const m of text.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/gu)) {
    const href = /\bhref="([^"]+)"/u.exec(m[0])?.[1];
    if (!href) continue;
    const bytes = readFileSync(join(outDir, href.replace(/^\//u, '')));
    cssRaw += bytes.length;
    cssGzip += gzipSize(bytes);
  }
  const dict = readFileSync(join(outDir, dictPath));
  const sum = (kind: 'framework' | 'own', key: 'raw' | 'gzip') =>
    scripts.filter((s) => s.kind === kind).reduce((n, s) => n + s[key], 0);
  return {
    htmlRaw: html.length,
    elements: countElements(text),
    htmlGzip: gzipSize(html),
    cssRaw,
    cssGzip,
    frameworkJsRaw: sum('framework', 'raw'),
    frameworkJsGzip: sum('framework', 'gzip'),
    ownJsRaw: sum('own', 'raw'),
    ownJsGzip: sum('own', 'gzip'),
    dictionaryRaw: dict.length,
    dictionaryGzip: gzipSize(dict),
    scripts,
  };
}
