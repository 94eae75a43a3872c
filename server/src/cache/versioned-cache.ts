import { RecentlyUsed } from './recently-used.js';

/** Reads the current counters of the named caches, in the order given (0 for a name never bumped). */
export type VersionReader = (names: readonly string[]) => Promise<number[]>;

/**
 * Shares counter reads between the requests waiting for them, without ever answering a request with a read that
 * began before it did: while one read is running, every request arriving joins the next read (for all the names they
 * ask), which starts as soon as the running one ends. Under load one small query then serves many requests, and each
 * still sees every change committed before it arrived.
 */
export function sharedVersionReads(read: VersionReader): VersionReader {
  let running: Promise<unknown> | undefined;
  let next: { names: Set<string>; result: Promise<Map<string, number>> } | undefined;

  const start = (names: readonly string[]): Promise<Map<string, number>> => {
    const result = read(names).then((values) => new Map(names.map((name, i) => [name, values[i] ?? 0])));
    running = result;
    const settle = () => {
      if (running === result) {
        running = undefined;
      }
    };
    result.then(settle, settle);
    return result;
  };

  return async (names) => {
    let result: Promise<Map<string, number>>;
    if (!running) {
      result = start(names);
    } else {
      if (!next) {
        const batch = { names: new Set<string>(), result: Promise.resolve(new Map<string, number>()) };
        batch.result = running
          .then(
            () => undefined,
            () => undefined,
          )
          .then(() => {
            next = undefined;
            return start([...batch.names]);
          });
        next = batch;
      }
      names.forEach((name) => next?.names.add(name));
      result = next.result;
    }
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
