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
