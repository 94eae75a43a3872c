import { sharedVersionReads, VersionedCache } from './versioned-cache.js';

/** Counters held in a map, as the cache_version table would hold them; every read is recorded. */
function counters(initial: Record<string, number> = {}) {
  const values = new Map(Object.entries(initial));
  const reads: string[][] = [];
  return {
    reads,
    bump: (name: string) => values.set(name, (values.get(name) ?? 0) + 1),
    read: (names: readonly string[]) => {
      reads.push([...names]);
      return Promise.resolve(names.map((name) => values.get(name) ?? 0));
    },
  };
}

describe('VersionedCache', () => {
  it('loads once while the counters stay put, and again as soon as one of them moves', async () => {
    const versions = counters({ a: 3 });
    const cache = new VersionedCache<string>(versions.read);
    let loads = 0;
    const load = () => Promise.resolve(`value ${(loads += 1)}`);

    expect(await cache.get('k', ['a', 'b'], load)).toBe('value 1');
    expect(await cache.get('k', ['a', 'b'], load)).toBe('value 1');
    versions.bump('b');
    expect(await cache.get('k', ['a', 'b'], load)).toBe('value 2');
    expect(await cache.get('k', ['a', 'b'], load)).toBe('value 2');
    versions.bump('a');
    expect(await cache.get('k', ['a', 'b'], load)).toBe('value 3');
    expect(loads).toBe(3);
    expect(versions.reads).toHaveLength(5);
  });

  it('keeps keys apart, and a bump of an unrelated counter does not reload', async () => {
    const versions = counters();
    const cache = new VersionedCache<string>(versions.read);
    const loaded: string[] = [];
    const load = (key: string) => () => {
      loaded.push(key);
      return Promise.resolve(key.toUpperCase());
    };
    expect(await cache.get('x', ['centre:x'], load('x'))).toBe('X');
    expect(await cache.get('y', ['centre:y'], load('y'))).toBe('Y');
    versions.bump('centre:y');
    expect(await cache.get('x', ['centre:x'], load('x'))).toBe('X');
    expect(await cache.get('y', ['centre:y'], load('y'))).toBe('Y');
    expect(loaded).toEqual(['x', 'y', 'y']);
  });

  it('reads the counters before loading, so a change during a load is picked up by the next request', async () => {
    const versions = counters();
    const cache = new VersionedCache<number>(versions.read);
    let data = 1;
    // The change (and its bump) commits while the first load is running: that load may have seen either state.
    const first = cache.get('k', ['n'], () => {
      data = 2;
      versions.bump('n');
      return Promise.resolve(1);
    });
    expect(await first).toBe(1);
    expect(await cache.get('k', ['n'], () => Promise.resolve(data))).toBe(2);
  });

  it('shares one load between concurrent requests with the same counters', async () => {
    const versions = counters();
    const cache = new VersionedCache<string>(versions.read);
    let loads = 0;
    let release: (value: string) => void = () => undefined;
    const load = () => {
      loads += 1;
      return new Promise<string>((resolve) => (release = resolve));
    };
    const first = cache.get('k', ['n'], load);
    const second = cache.get('k', ['n'], load);
    await new Promise((resolve) => setImmediate(resolve));
    release('shared');
    expect(await Promise.all([first, second])).toEqual(['shared', 'shared']);
    expect(loads).toBe(1);
  });

  it('does not keep a failed load: the next request tries again', async () => {
    const cache = new VersionedCache<string>(counters().read);
    await expect(cache.get('k', ['n'], () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(cache.size).toBe(0);
    expect(await cache.get('k', ['n'], () => Promise.resolve('back'))).toBe('back');
  });

  it('forgets the least recently used key beyond its size', async () => {
    const cache = new VersionedCache<string>(counters().read, 2);
    const loaded: string[] = [];
    const load = (key: string) => () => {
      loaded.push(key);
      return Promise.resolve(key);
    };
    await cache.get('a', ['n'], load('a'));
    await cache.get('b', ['n'], load('b'));
    await cache.get('a', ['n'], load('a'));
    await cache.get('c', ['n'], load('c'));
    expect(cache.size).toBe(2);
    await cache.get('a', ['n'], load('a'));
    await cache.get('b', ['n'], load('b'));
    expect(loaded).toEqual(['a', 'b', 'c', 'b']);
  });

  describe('getOrLastGood', () => {
    const unreachable = Object.assign(new Error('connect ETIMEDOUT'), { code: 'ETIMEDOUT' });
    const isUnreachable = (error: unknown) => (error as { code?: string }).code === 'ETIMEDOUT';

    it('answers from the last copy, marked stale, while the database is unreachable, and fresh once it is back', async () => {
      const store = counters();
      let down = false;
      const cache = new VersionedCache<string>((names) => (down ? Promise.reject(unreachable) : store.read(names)));
      expect(await cache.getOrLastGood('k', ['n'], () => Promise.resolve('v1'), isUnreachable)).toEqual({
        value: 'v1',
        stale: false,
      });
      down = true;
      expect(await cache.getOrLastGood('k', ['n'], () => Promise.resolve('never'), isUnreachable)).toEqual({
        value: 'v1',
        stale: true,
      });
      down = false;
      store.bump('n');
      expect(await cache.getOrLastGood('k', ['n'], () => Promise.resolve('v2'), isUnreachable)).toEqual({
        value: 'v2',
        stale: false,
      });
    });

    it('passes on other errors, and unreachable ones when it never had a copy', async () => {
      const cache = new VersionedCache<string>(counters().read);
      await expect(cache.getOrLastGood('k', ['n'], () => Promise.reject(unreachable), isUnreachable)).rejects.toBe(
        unreachable,
      );
      await cache.getOrLastGood('k', ['n'], () => Promise.resolve('v1'), isUnreachable);
      const bug = new Error('a bug');
      const failing = new VersionedCache<string>(() => Promise.reject(bug));
      await expect(failing.getOrLastGood('k', ['n'], () => Promise.resolve('x'), isUnreachable)).rejects.toBe(bug);
    });
  });
});

describe('sharedVersionReads', () => {
  /** Counters whose reads finish only when the test says, each read seeing the values of the moment it began. */
  function slowCounters() {
    const values = new Map<string, number>();
    const reads: { names: string[]; finish: () => void; fail: (error: Error) => void }[] = [];
    return {
      reads,
      bump: (name: string) => values.set(name, (values.get(name) ?? 0) + 1),
      read: (names: readonly string[]) => {
        const seen = names.map((name) => values.get(name) ?? 0);
        return new Promise<number[]>((resolve, reject) => {
          reads.push({ names: [...names], finish: () => resolve(seen), fail: reject });
        });
      },
    };
  }
  const endTurn = () => new Promise((resolve) => setImmediate(resolve));

  it('reads once for the requests of a turn, all the names they ask, each given its own in its order', async () => {
    const versions = slowCounters();
    versions.bump('b');
    const { read } = sharedVersionReads(versions.read);
    const asked = [read(['a', 'b']), read(['c']), read(['b', 'a'])];
    await endTurn();
    expect(versions.reads.map((r) => r.names.sort())).toEqual([['a', 'b', 'c']]);
    versions.reads[0]?.finish();
    expect(await Promise.all(asked)).toEqual([[0, 1], [0], [1, 0]]);
    expect(await read([])).toEqual([]);
    expect(versions.reads).toHaveLength(1);
  });

  it('never answers a request with a read that began before it arrived', async () => {
    const versions = slowCounters();
    const { read } = sharedVersionReads(versions.read);
    const early = read(['a']);
    await endTurn();
    versions.bump('a'); // committed after the first read began, before the second request arrived
    const late = read(['a']);
    versions.reads[0]?.finish();
    expect(await early).toEqual([0]);
    await endTurn();
    expect(versions.reads).toHaveLength(2);
    versions.reads[1]?.finish();
    expect(await late).toEqual([1]);
  });

  it('fails only the requests of a failed read; those waiting for the next one still get it', async () => {
    const versions = slowCounters();
    const { read } = sharedVersionReads(versions.read);
    const failing = read(['a']);
    await endTurn();
    const waiting = read(['a']);
    versions.reads[0]?.fail(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await endTurn();
    versions.reads[1]?.finish();
    expect(await waiting).toEqual([0]);
  });

  describe('recent reads', () => {
    /** A clock the test moves, in milliseconds; like performance.now, never the same twice. */
    function clock() {
      let ms = 1_000;
      return { now: () => (ms += 0.001), advance: (by: number) => (ms += by) };
    }

    it('answers a recent read from a read begun at most recentMs before, without asking the database', async () => {
      const versions = counters({ a: 1, b: 2 });
      const time = clock();
      const { read } = sharedVersionReads(versions.read, { recentMs: 100, now: time.now });
      expect(await read(['a', 'b'], 'recent')).toEqual([1, 2]);
      versions.bump('a'); // committed after that read began
      time.advance(99.9);
      expect(await read(['a', 'b'], 'recent')).toEqual([1, 2]);
      expect(await read(['b'], 'recent')).toEqual([2]);
      expect(versions.reads).toHaveLength(1);
      time.advance(1);
      expect(await read(['b', 'a'], 'recent')).toEqual([2, 2]);
      expect(versions.reads).toHaveLength(2);
    });

    it('reads again for a name no read has asked yet', async () => {
      const versions = counters({ a: 1, b: 2 });
      const time = clock();
      const { read } = sharedVersionReads(versions.read, { recentMs: 100, now: time.now });
      expect(await read(['a'], 'recent')).toEqual([1]);
      expect(await read(['a', 'b'], 'recent')).toEqual([1, 2]);
      expect(versions.reads.map((names) => [...names].sort())).toEqual([['a'], ['a', 'b']]);
    });

    it('never answers a current read from an earlier one; a current read serves the recent ones after it', async () => {
      const versions = counters({ a: 1 });
      const time = clock();
      const { read } = sharedVersionReads(versions.read, { recentMs: 100, now: time.now });
      expect(await read(['a'], 'recent')).toEqual([1]);
      versions.bump('a');
      expect(await read(['a'])).toEqual([2]);
      expect(await read(['a'], 'current')).toEqual([2]);
      expect(versions.reads).toHaveLength(3);
      time.advance(99.9);
      expect(await read(['a'], 'recent')).toEqual([2]);
      expect(versions.reads).toHaveLength(3);
    });

    it('dates a read from when it began, not when it ended', async () => {
      const time = clock();
      let calls = 0;
      let finish = () => {};
      const { read } = sharedVersionReads(
        (names) => {
          calls += 1;
          return new Promise<number[]>((resolve) => {
            finish = () => resolve(names.map(() => calls));
          });
        },
        { recentMs: 100, now: time.now },
      );
      const first = read(['a'], 'recent');
      await endTurn();
      time.advance(80); // a slow read: it ends 80 ms after it began
      finish();
      expect(await first).toEqual([1]);
      time.advance(21); // 101 ms after it began, 21 after it ended
      const second = read(['a'], 'recent');
      await endTurn();
      expect(calls).toBe(2);
      finish();
      expect(await second).toEqual([2]);
    });

    it('goes to the database for names this process bumped, until a read begun after the bump', async () => {
      const versions = slowCounters();
      const time = clock();
      const reads = sharedVersionReads(versions.read, { recentMs: 100, now: time.now });
      const first = reads.read(['a', 'b'], 'recent');
      await endTurn();
      versions.reads[0]?.finish();
      expect(await first).toEqual([0, 0]);

      // A read begins, then this process bumps `a` (the change is not yet committed) and the read ends.
      const during = reads.read(['a'], 'current');
      await endTurn();
      reads.bumped(['a']);
      versions.bump('a');
      versions.reads[1]?.finish();
      expect(await during).toEqual([0]);

      expect(await reads.read(['b'], 'recent')).toEqual([0]);
      const after = reads.read(['a', 'b'], 'recent');
      await endTurn();
      expect(versions.reads).toHaveLength(3);
      versions.reads[2]?.finish();
      expect(await after).toEqual([1, 0]);
      expect(await reads.read(['a'], 'recent')).toEqual([1]);
      expect(versions.reads).toHaveLength(3);
    });

    it('keeps nothing from a failed read', async () => {
      const time = clock();
      let fail = true;
      const { read } = sharedVersionReads(
        (names) => (fail ? Promise.reject(new Error('connection lost')) : Promise.resolve(names.map(() => 3))),
        { recentMs: 100, now: time.now },
      );
      await expect(read(['a'], 'recent')).rejects.toThrow('connection lost');
      await expect(read(['a'], 'recent')).rejects.toThrow('connection lost');
      fail = false;
      expect(await read(['a'], 'recent')).toEqual([3]);
    });
  });
});
