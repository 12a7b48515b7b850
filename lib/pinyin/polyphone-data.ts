/**
 * The shipped polyphone model (see lib/pinyin/polyphone.ts for what it is and how to retrain it),
 * parsed once per process on first use. Bundled as JSON, so it needs no file system at run time.
 */
import data from './data/polyphones.json';
import { createPolyphoneModel, type PolyphoneModel } from './polyphone';

let model: PolyphoneModel | null = null;

export function defaultPolyphoneModel(): PolyphoneModel {
  model ??= createPolyphoneModel(data);
  return model;
}
