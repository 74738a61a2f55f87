import type { ContextRules } from '../glossary/context-rules';
import {
  CONTEXT_FILE, FILTER_FILE, STORED_CONTEXT_KEY, STORED_FILTER_KEY, STORED_KEY_PREFIX, STORED_VERSION_KEY, shardFile,
  storedShardKey, type StoredShard,
} from './format';
import { TermIndex, type IndexSource } from './term-index';

/*
 * Where the page reads the index from. The background copies the index's files into
 * storage.local when the extension is installed or updated, so that a page reads every shard it
 * needs in one call; until the copy is there (the first moments after an update), the page reads
 * the files themselves.
 */

/** The part of storage.local these functions use (the browser's, or a fake in tests). */
export interface LocalStorage {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Reads a file of the built extension as text. */
export type ReadFile = (path: string) => Promise<string>;

/** The index from storage.local's copy. */
export function storedIndexSource(area: LocalStorage): IndexSource {
  return {
    async read(shards, withContext) {
      const keys = shards.map(storedShardKey);
      const stored = await area.get(withContext ? [...keys, STORED_CONTEXT_KEY] : keys);
      return {
        shards: keys.map((key) => (stored[key] ?? {}) as StoredShard),
        context: withContext ? (stored[STORED_CONTEXT_KEY] as ContextRules) : undefined,
      };
    },
  };
}

/** The index from the extension's files. */
export function fileIndexSource(readFile: ReadFile): IndexSource {
  return {
    async read(shards, withContext) {
      const [context, ...read] = await Promise.all([
        withContext ? readFile(CONTEXT_FILE) : undefined,
        ...shards.map((shard) => readFile(shardFile(shard))),
      ]);
      return { shards: read.map((text) => JSON.parse(text ?? '{}') as StoredShard), context: context ? (JSON.parse(context) as ContextRules) : undefined };
    },
  };
}

/** What `indexFrom` needs read from storage: a page reads them along with its setting, in one call. */
export const OPEN_INDEX_KEYS = [STORED_VERSION_KEY, STORED_FILTER_KEY];

/**
 * The filter and its source, from storage when its copy is of `version` (the index this content
 * script was built with), else from the files. `stored` holds the values of OPEN_INDEX_KEYS.
 */
export async function indexFrom(
  stored: Record<string, unknown>, area: LocalStorage, readFile: ReadFile, version: string,
): Promise<{ filter: string; source: IndexSource }> {
  if (stored[STORED_VERSION_KEY] === version && typeof stored[STORED_FILTER_KEY] === 'string') {
    return { filter: stored[STORED_FILTER_KEY], source: storedIndexSource(area) };
  }
  return { filter: await readFile(FILTER_FILE), source: fileIndexSource(readFile) };
}

/**
 * Copies the index's files into storage (the background does, on install and update), and removes
 * what an earlier index left there. The version goes in last, so a page never takes a half copy.
 */
export async function copyIndexToStorage(area: LocalStorage, readFile: ReadFile, version: string): Promise<void> {
  if ((await area.get(STORED_VERSION_KEY))[STORED_VERSION_KEY] === version) return;
  const stored = await area.get(null);
  const filter = await readFile(FILTER_FILE);
  const { shardCount } = new TermIndex(filter);
  const shards = await Promise.all(Array.from({ length: shardCount }, (_, n) => readFile(shardFile(n))));
  const items: Record<string, unknown> = { [STORED_FILTER_KEY]: filter, [STORED_CONTEXT_KEY]: JSON.parse(await readFile(CONTEXT_FILE)) as unknown };
  shards.forEach((text, n) => (items[storedShardKey(n)] = JSON.parse(text) as unknown));
  const stale = Object.keys(stored).filter((key) => key.startsWith(STORED_KEY_PREFIX) && !(key in items));
  await area.remove([STORED_VERSION_KEY, ...stale]);
  await area.set(items);
  await area.set({ [STORED_VERSION_KEY]: version });
}
