/** Reads the current counters of the named caches, in the order given (0 for a name never bumped). */
export type VersionReader = (names: readonly string[]) => Promise<number[]>;

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
  private readonly entries = new Map<string, Entry<V>>();
  /** Kept only for keys read with `getOrLastGood`. */
  private readonly lastGood = new Map<string, V>();

  constructor(
    private readonly readVersions: VersionReader,
    private readonly maxEntries = 1000,
  ) {}

  async get(key: string, names: readonly string[], load: () => Promise<V>): Promise<V> {
    const stamp = (await this.readVersions(names)).join('.');
    const entry = this.entries.get(key);
    if (entry?.stamp === stamp) {
      // Most recently used last: the oldest entries are the first to go when the cache is full.
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    // Concurrent requests for the same key and counters share one load.
    const value = load();
    this.remember(key, { stamp, value });
    value.catch(() => {
      if (this.entries.get(key)?.value === value) {
        this.entries.delete(key);
      }
    });
    return value;
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

  private remember(key: string, entry: Entry<V>): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) {
        break;
      }
      this.entries.delete(oldest);
    }
  }
}
