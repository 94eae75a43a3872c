import { SharedReads } from './shared-reads.js';

/** Loads that finish when the test says, each returning what the store held when it began. */
function slowStore() {
  let value = 0;
  const loads: { finish: () => void; fail: (error: Error) => void }[] = [];
  return {
    loads,
    change: () => (value += 1),
    load: () => {
      const seen = value;
      return new Promise<number>((resolve, reject) => loads.push({ finish: () => resolve(seen), fail: reject }));
    },
  };
}
/** Lets the current event-loop turn end, and with it begin the reads asked for in it. */
const endTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedReads', () => {
  it('begins a read at the end of the turn, shared by every request of that turn', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const asked = [reads.read('k', store.load), reads.read('k', store.load), reads.read('k', store.load)];
    expect(store.loads).toHaveLength(0);
    store.change(); // committed after they asked, before the read began: they all see it
    await endTurn();
    expect(store.loads).toHaveLength(1);
    store.loads[0]?.finish();
    expect(await Promise.all(asked)).toEqual([1, 1, 1]);
  });

  it('never answers a request with a read that began before it asked', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const early = reads.read('k', store.load);
    await endTurn();
    expect(store.loads).toHaveLength(1);
    store.change(); // committed after the first read began, before the second request
    const late = reads.read('k', store.load);
    await endTurn();
    expect(store.loads).toHaveLength(1); // the next read waits for the running one to end
    store.loads[0]?.finish();
    expect(await early).toBe(0);
    await endTurn();
    expect(store.loads).toHaveLength(2);
    store.loads[1]?.finish();
    expect(await late).toBe(1);
  });

  it('lets the requests arriving during a read share the next one, and keeps keys apart', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const first = reads.read('a', store.load);
    const other = reads.read('b', store.load);
    await endTurn();
    expect(store.loads).toHaveLength(2); // a's first read and b's
    const waiting = [reads.read('a', store.load), reads.read('a', store.load), reads.read('a', store.load)];
    store.loads[0]?.finish();
    store.loads[1]?.finish();
    await Promise.all([first, other]);
    await endTurn();
    expect(store.loads).toHaveLength(3); // one more, for the three waiting on a
    store.change();
    store.loads[2]?.finish();
    expect(await Promise.all(waiting)).toEqual([0, 0, 0]);
    const alone = reads.read('a', store.load);
    await endTurn();
    expect(store.loads).toHaveLength(4);
    store.loads[3]?.finish();
    expect(await alone).toBe(1);
  });

  it('reads a batch holding what every request of the read added to it', async () => {
    const loaded: string[][] = [];
    const reads = new SharedReads<string, Set<string>>(() => new Set());
    const load = (names: Set<string>) => {
      loaded.push([...names].sort());
      return Promise.resolve([...names].sort().join(','));
    };
    const ask = (...names: string[]) => {
      const { batch, result } = reads.join('', load);
      names.forEach((name) => batch.add(name));
      return result;
    };
    const answers = [ask('a'), ask('b', 'c'), ask('a', 'd')];
    expect(await Promise.all(answers)).toEqual(['a,b,c,d', 'a,b,c,d', 'a,b,c,d']);
    expect(loaded).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('fails only the requests of a failed read; those waiting for the next one still get it', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const failing = reads.read('k', store.load);
    await endTurn();
    const waiting = reads.read('k', store.load);
    store.loads[0]?.fail(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await endTurn();
    store.loads[1]?.finish();
    expect(await waiting).toBe(0);
  });

  it('fails the read of a load that throws at once, reads again for the next request, and keeps no key', async () => {
    const reads = new SharedReads<number>();
    await expect(
      reads.read('k', () => {
        throw new Error('no connection');
      }),
    ).rejects.toThrow('no connection');
    expect(reads.keysHeld).toBe(0);
    expect(await reads.read('k', () => Promise.resolve(7))).toBe(7);
    expect(reads.keysHeld).toBe(0);
  });
});
