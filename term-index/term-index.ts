import type { ContextRules } from '../glossary/context-rules';
import { FILTER_HEADER_BYTES, FILTER_PROBES, FORMAT_VERSION, filterBit, shardOf, type FilterKind, type StoredShard } from './format';

/** One form waiting to be compared with page text. */
export interface PendingForm {
  termId: string;
  form: string;
}

/** Where a page reads the index's shards and context rules from (storage, or the files). */
export interface IndexSource {
  /** The shards asked for, in the same order, and the context rules if `withContext`. */
  read(shards: readonly number[], withContext: boolean): Promise<{ shards: StoredShard[]; context?: ContextRules }>;
}

const NO_CONTEXT: ContextRules = { placeCodes: [], timeZones: [], eventNames: [], starSigns: [], titleWords: [], otherSenses: [] };

/** A little-endian 32-bit number from a string of bytes. */
const uint32At = (bytes: string, at: number) =>
  (bytes.charCodeAt(at) | (bytes.charCodeAt(at + 1) << 8) | (bytes.charCodeAt(at + 2) << 16) | (bytes.charCodeAt(at + 3) << 24)) >>> 0;

/**
 * The page side of the term index (format.ts): the word filter, read in full, and the shards of
 * forms, read as the page needs them. The filter stays a string of bytes, as atob() gives it, so
 * nothing is copied before the first word is checked.
 */
export class TermIndex {
  readonly shardCount: number;
  private readonly mask: number;
  private readonly shards = new Map<number, StoredShard>();
  private contextRules: ContextRules | undefined;
  /** Shards asked for since the last read, read together at the end of the current task. */
  private wanted = new Set<number>();
  private nextRead: Promise<void> | undefined;

  /** @param filterBase64 index/words.txt; `source` is where shards come from (none: added by hand). */
  constructor(filterBase64: string, private readonly source?: IndexSource) {
    this.bits = atob(filterBase64);
    const version = uint32At(this.bits, 0);
    if (version !== FORMAT_VERSION) throw new Error(`HealthLens: term index version ${version}, expected ${FORMAT_VERSION}`);
    this.mask = 2 ** uint32At(this.bits, 4) - 1;
    this.shardCount = uint32At(this.bits, 8);
  }

  private readonly bits: string;

  /** Whether the filter may hold this key (never false for one it holds). */
  has(kind: FilterKind, hash: number): boolean {
    for (let probe = 0; probe < FILTER_PROBES; probe++) {
      const bit = filterBit(kind, hash, probe, this.mask);
      if ((this.bits.charCodeAt(FILTER_HEADER_BYTES + (bit >>> 3)) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  shardOf(hash: number): number {
    return shardOf(hash, this.shardCount);
  }

  isLoaded(shard: number): boolean {
    return this.shards.has(shard);
  }

  /** The context rules, once any shard is loaded. */
  get context(): ContextRules | undefined {
    return this.contextRules;
  }

  /** Adds data read elsewhere (tests build the index in memory). */
  addShard(shard: number, stored: StoredShard): void {
    this.shards.set(shard, stored);
  }

  setContext(rules: ContextRules): void {
    this.contextRules = rules;
  }

  /**
   * Reads the shards not loaded yet (and the context rules with the first); resolves when they are
   * in. Every shard asked for in the same task is read in one go: one storage call for a page.
   */
  load(shards: Iterable<number>): Promise<void> {
    for (const shard of shards) if (!this.shards.has(shard)) this.wanted.add(shard);
    if (this.wanted.size === 0 && this.contextRules) return Promise.resolve();
    return (this.nextRead ??= Promise.resolve().then(() => this.readWanted()));
  }

  private async readWanted(): Promise<void> {
    const shards = [...this.wanted];
    this.wanted = new Set();
    this.nextRead = undefined;
    if (!this.source) return;
    try {
      const read = await this.source.read(shards, !this.contextRules);
      shards.forEach((shard, i) => this.addShard(shard, read.shards[i] ?? {}));
      if (read.context) this.setContext(read.context);
    } catch {
      // Unreadable (the extension was updated under the page): those words find nothing, and the
      // page is not asked to read them again and again.
      for (const shard of shards) this.addShard(shard, {});
      this.contextRules ??= NO_CONTEXT;
    }
  }

  /** The forms that begin with `key` (a folded first word), from its loaded shard. */
  formsFor(shard: number, key: string): PendingForm[] {
    const entries = this.shards.get(shard)?.[key];
    if (!entries) return [];
    return entries.flatMap(([termId, ...forms]) => forms.map((form) => ({ termId, form })));
  }
}
