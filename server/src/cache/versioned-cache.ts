import { RecentlyUsed } from './recently-used.js';
import { SharedReads } from './shared-reads.js';

/** Reads the current counters of the named caches, in the order given (0 for a name never bumped). */
export type VersionReader = (names: readonly string[]) => Promise<number[]>;

/**
 * Shares counter reads between the requests waiting for them (see `SharedReads`): the requests of one event-loop
 * turn share one query for all the names they ask, and none is answered with a read that began before it arrived.
 */
export function sharedVersionReads(read: VersionReader): VersionReader {
  const reads = new SharedReads<Map<string, number>, Set<string>>(() => new Set());
  const readAll = async (asked: Set<string>) => {
    const names = [...asked];
    const values = await read(names);
    return new Map(names.map((name, i) => [name, values[i] ?? 0]));
  };
  return async (names) => {
    if (names.length === 0) {
      return [];
    }
    const { batch, result } = reads.join('', readAll);
    names.forEach((name) => batch.add(name));
    const versions = await result;
    return names.map((name) => versions.get(name) ?? 0);
  };
}

interface Entry<V> {
  stamp: string;
  value: Promise<V>;
}

/**
 * A process's copy of things that rarely change, each kept with the counters it was loaded under. Every `get` reads
 * the counters first (one small query) and loads again when any moved, so a copy is never older than the last
 * change committed before the request began, whichever process made it. The counters are read *before* loading:
 * a change committed meanwhile leaves the copy marked with the old counters, and the next request loads again.
 */
export class VersionedCache<V> {
  private readonly entries: RecentlyUsed<string, Entry<V>>;
  /** Kept only for keys read with `getOrLastGood`. */
  private readonly lastGood = new Map<string, V>();

  constructor(
    private readonly readVersions: VersionReader,
    maxEntries = 1000,
  ) {
    this.entries = new RecentlyUsed(maxEntries);
  }

  async get(key: string, names: readonly string[], load: () => Promise<V>): Promise<V> {
    const stamp = (await this.readVersions(names)).join('.');
    const entry = this.entries.get(key);
    if (entry?.stamp === stamp) {
      return entry.value;
    }
    // Concurrent requests for the same key and counters share one load.
    const fresh = { stamp, value: load() };
    this.entries.set(key, fresh);
    fresh.value.catch(() => this.entries.deleteIf(key, fresh));
    return fresh.value;
  }

  /**
   * As `get`, but when the counters or the load fail in a way `servesStale` accepts (the database is unreachable),
   * the last copy this process loaded for the key is given, marked stale, instead of the error.
   */
  async getOrLastGood(
    key: string,
    names: readonly string[],
    load: () => Promise<V>,
    servesStale: (error: unknown) => boolean,
  ): Promise<{ value: V; stale: boolean }> {
    try {
      const value = await this.get(key, names, load);
      this.lastGood.set(key, value);
      return { value, stale: false };
    } catch (error) {
      const last = this.lastGood.get(key);
      if (last === undefined || !servesStale(error)) {
        throw error;
      }
      return { value: last, stale: true };
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
