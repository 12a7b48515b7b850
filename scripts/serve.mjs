#!/usr/bin/env node
/**
 * A small static file server for the export in out/: what any web server would do, with no
 * dependencies. `--base /reader` (or BASE_PATH) serves it under a sub-path; PORT picks the port.
 * Folders are served as their index.html (trailingSlash export), unknown paths get 404.html.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = resolve(arg('--dir') ?? 'out');
const base = `/${(arg('--base') ?? process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}`.replace(/^\/$/, '');
const port = Number(arg('--port') ?? process.env.PORT ?? 3000);
const host = arg('--host') ?? process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve: ${root}/index.html not found. Build the site first: npm run build`);
  process.exit(1);
}

/** Text types worth compressing; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.txt', '.svg', '.tsv', '.csv']);

/**
 * Sends a file, gzip-compressed when the client accepts it (as any production web server would:
 * the article HTML is ~700 KB raw, ~70 KB gzip). Next's hashed assets under /_next/static/ never
 * change, so browsers may keep them for a year.
 */
function send(req, res, status, file) {
  const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
  if (file.includes(`${sep}_next${sep}static${sep}`)) headers['cache-control'] = 'public, max-age=31536000, immutable';
  const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/u.test(req.headers['accept-encoding'] ?? '');
  if (gzip) {
    headers['content-encoding'] = 'gzip';
    headers.vary = 'Accept-Encoding';
  }
  res.writeHead(status, headers);
  const stream = createReadStream(file);
  if (gzip) stream.pipe(createGzip()).pipe(res);
  else stream.pipe(res);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let path;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  if (base && path !== base && !path.startsWith(`${base}/`)) {
    res.writeHead(404).end('Not found');
    return;
  }
  const rel = normalize(path.slice(base.length) || '/');
  const file = join(root, rel);
  if (!file.startsWith(root)) {
    res.writeHead(403).end('Forbidden');
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) {
    if (!path.endsWith('/')) {
      res.writeHead(308, { location: `${path}/${url.search}` }).end();
      return;
    }
    const index = join(file, 'index.html');
    if (existsSync(index)) return send(req, res, 200, index);
  } else if (existsSync(file)) {
    return send(req, res, 200, file);
  }
  send(req, res, 404, join(root, '404.html'));
});

server.listen(port, host, () => {
  console.log(`Duizhao is served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}/`);
});
