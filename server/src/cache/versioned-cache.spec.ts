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
    const read = sharedVersionReads(versions.read);
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
    const read = sharedVersionReads(versions.read);
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
    const read = sharedVersionReads(versions.read);
    const failing = read(['a']);
    await endTurn();
    const waiting = read(['a']);
    versions.reads[0]?.fail(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await endTurn();
    versions.reads[1]?.finish();
    expect(await waiting).toEqual([0]);
  });
});
