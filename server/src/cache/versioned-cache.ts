import { RecentlyUsed } from './recently-used.js';
import { SharedReads } from './shared-reads.js';

/** Reads the current counters of the named caches, in the order given (0 for a name never bumped). */
export type CounterRead = (names: readonly string[]) => Promise<number[]>;

/**
 * How fresh the counters a cached copy is checked against must be. `current`: read after the request arrived, so
 * every change committed before it is seen (staff and admin reads, bookings). `recent`: read at most
 * `RECENT_COUNTERS_MS` before it arrived (anonymous public reads, README › Caches across processes).
 */
export type Freshness = 'current' | 'recent';

/** `CounterRead`, told how fresh the counters must be. */
export type VersionReader = (names: readonly string[], freshness?: Freshness) => Promise<number[]>;

/**
 * How old a counter read may be for a `recent` read. Under load a public read then skips the database, but for one
 * read per this long; a woman may see a centre edit or a closed day this much later, never a booking's place (places
 * taken are counted at every request, and a booking checks `current` counters).
 */
export const RECENT_COUNTERS_MS = 100;
/** Counters remembered for `recent` reads: one per centre and two more; a bound, so made-up codes cannot grow it. */
const COUNTERS_REMEMBERED = 10_000;

/** The counters' reads of one process, and what it bumped itself. */
export interface CounterReads {
  read: VersionReader;
  /** Called as this process bumps `names`: its own next reads of them are `current`, so it sees its changes at once. */
  bumped(names: readonly string[]): void;
}

/**
 * Shares counter reads between the requests waiting for them (see `SharedReads`): the requests of one event-loop
 * turn share one query for all the names they ask, and none asking for `current` counters is answered with a read
 * that began before it arrived. A `recent` request is answered from the last read when that read began at most
 * `recentMs` before, and after this process last bumped the names.
 */
export function sharedVersionReads(
  read: CounterRead,
  { recentMs = RECENT_COUNTERS_MS, now = () => performance.now() } = {},
): CounterReads {
  const reads = new SharedReads<Map<string, number>, Set<string>>(() => new Set());
  // Per name, the last value read and when that read began; a bump here leaves no value, only its time.
  const lastRead = new RecentlyUsed<string, { value?: number; began: number }>(COUNTERS_REMEMBERED);
  const readAll = async (asked: Set<string>) => {
    const names = [...asked];
    const began = now();
    const values = await read(names);
    const versions = new Map(names.map((name, i) => [name, values[i] ?? 0]));
    versions.forEach((value, name) => {
      // A read begun before this process bumped the name (or at the same instant) may not hold the change.
      if (began > (lastRead.get(name)?.began ?? -Infinity)) {
        lastRead.set(name, { value, began });
      }
    });
    return versions;
  };
  const recalled = (names: readonly string[]) => {
    const oldest = now() - recentMs;
    const values: number[] = [];
    for (const name of names) {
      const known = lastRead.get(name);
      if (known?.value === undefined || known.began < oldest) {
        return undefined;
      }
      values.push(known.value);
    }
    return values;
  };
  return {
    read: async (names, freshness = 'current') => {
      if (names.length === 0) {
        return [];
      }
      const recent = freshness === 'recent' ? recalled(names) : undefined;
      if (recent) {
        return recent;
      }
      const { batch, result } = reads.join('', readAll);
      names.forEach((name) => batch.add(name));
      const versions = await result;
      return names.map((name) => versions.get(name) ?? 0);
    },
    bumped: (names) => {
      const at = now();
      names.forEach((name) => lastRead.set(name, { began: at }));
    },
  };
}

interface Entry<V> {
  stamp: string;
  value: Promise<V>;
}

/**
 * A process's copy of things that rarely change, each kept with the counters it was loaded under. Every `get` reads
 * the counters first (one small query) and loads again when any moved, so a copy is never older than the last
 * change committed before the request began (`RECENT_COUNTERS_MS` before it, for a `recent` read), whichever process
 * made it. The counters are read *before* loading: a change committed meanwhile leaves the copy marked with the old
 * counters, and the next request loads again.
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

  async get(
    key: string,
    names: readonly string[],
    load: () => Promise<V>,
    freshness: Freshness = 'current',
  ): Promise<V> {
    const stamp = (await this.readVersions(names, freshness)).join('.');
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
    freshness: Freshness = 'current',
  ): Promise<{ value: V; stale: boolean }> {
    try {
      const value = await this.get(key, names, load, freshness);
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
