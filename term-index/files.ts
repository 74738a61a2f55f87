import type { ResolvedPublicFile } from 'wxt';
import { indexFiles, type BuiltIndex } from './build';

/** The term index as files of the built extension, for WXT's `build:publicAssets` hook. */
export function indexPublicFiles(built: BuiltIndex): ResolvedPublicFile[] {
  return indexFiles(built).map(({ path, contents }) => ({ relativeDest: path, contents }));
}
