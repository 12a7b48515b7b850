/**
 * Hashing a set of source files and folders: the one way the pipeline's version (lib/pipeline) and
 * the build's fingerprint (scripts/build.ts) read a tree, so both notice the same changes. Each
 * file adds its path (relative to `root`) and its bytes, folders in sorted order; a path that does
 * not exist adds nothing.
 */
import type { Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function hashSources(
  hash: Hash,
  root: string,
  paths: readonly string[],
  skip: (path: string) => boolean = () => false,
): void {
  const add = (path: string): void => {
    if (skip(path) || !existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else {
      hash.update(relative(root, path));
      hash.update(readFileSync(path));
    }
  };
  for (const p of paths) add(join(root, p));
}
