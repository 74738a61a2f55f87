import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { indexFiles } from '@/term-index/build';
import { FILTER_FILE, STORED_VERSION_KEY, storedShardKey } from '@/term-index/format';
import { glossaryIndex } from '@/term-index/glossary-index';
import { copyIndexToStorage, indexFrom, OPEN_INDEX_KEYS } from '@/term-index/storage';

const built = glossaryIndex();
const files = new Map(indexFiles(built).map(({ path, contents }) => [path, contents]));
const reads: string[] = [];
const readFile = (path: string) => {
  reads.push(path);
  const contents = files.get(path);
  return contents === undefined ? Promise.reject(new Error(`no ${path}`)) : Promise.resolve(contents);
};
const storage = fakeBrowser.storage.local;
/** As a page opens the index. */
const openIndex = async () => indexFrom(await storage.get(OPEN_INDEX_KEYS), storage, readFile, built.version);

describe("the term index's copy in storage", () => {
  beforeEach(() => {
    fakeBrowser.reset();
    reads.length = 0;
  });

  it('is read by the page, every shard it asks for in one call, without the files', async () => {
    await copyIndexToStorage(storage, readFile, built.version);
    reads.length = 0;
    const { filter, source } = await openIndex();
    expect(filter).toBe(built.filter);
    const read = await source.read([0, 3], true);
    expect(read.shards).toEqual([built.shards[0], built.shards[3]]);
    expect(read.context).toEqual(built.context);
    expect(reads).toEqual([]);
  });

  it('is not taken when it holds another index: the page reads the files', async () => {
    await copyIndexToStorage(storage, readFile, 'an-older-index');
    reads.length = 0;
    const { filter, source } = await openIndex();
    expect(filter).toBe(built.filter);
    expect((await source.read([1], false)).shards).toEqual([built.shards[1]]);
    expect(reads).toContain(FILTER_FILE);
  });

  it('replaces an older copy, leaving none of its shards behind, and is made once per index', async () => {
    await storage.set({ [STORED_VERSION_KEY]: 'an-older-index', [storedShardKey(999)]: { old: [] }, pause: { everywhere: true, sites: [] } });
    await copyIndexToStorage(storage, readFile, built.version);
    const stored = await storage.get(null);
    expect(stored[STORED_VERSION_KEY]).toBe(built.version);
    expect(stored[storedShardKey(999)]).toBeUndefined();
    // Settings are not the index's to touch.
    expect(stored.pause).toEqual({ everywhere: true, sites: [] });
    reads.length = 0;
    await copyIndexToStorage(storage, readFile, built.version);
    expect(reads).toEqual([]);
  });
});
