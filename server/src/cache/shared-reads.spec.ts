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
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('SharedReads', () => {
  it('never answers a request with a read that began before it asked', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const early = reads.read('k', store.load);
    store.change(); // committed after the first read began, before the second request
    const late = reads.read('k', store.load);
    expect(store.loads).toHaveLength(1);
    store.loads[0]?.finish();
    expect(await early).toBe(0);
    await settle();
    expect(store.loads).toHaveLength(2);
    store.loads[1]?.finish();
    expect(await late).toBe(1);
  });

  it('lets the requests arriving during a read share the next one, and keeps keys apart', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const first = reads.read('a', store.load);
    const waiting = [reads.read('a', store.load), reads.read('a', store.load), reads.read('a', store.load)];
    const other = reads.read('b', store.load);
    expect(store.loads).toHaveLength(2); // a's first read and b's
    store.loads[0]?.finish();
    store.loads[1]?.finish();
    await Promise.all([first, other]);
    await settle();
    expect(store.loads).toHaveLength(3); // one more, for the three waiting on a
    store.change();
    store.loads[2]?.finish();
    expect(await Promise.all(waiting)).toEqual([0, 0, 0]);
    const alone = reads.read('a', store.load);
    expect(store.loads).toHaveLength(4);
    store.loads[3]?.finish();
    expect(await alone).toBe(1);
  });

  it('fails only the requests of a failed read; those waiting for the next one still get it', async () => {
    const store = slowStore();
    const reads = new SharedReads<number>();
    const failing = reads.read('k', store.load);
    const waiting = reads.read('k', store.load);
    store.loads[0]?.fail(new Error('connection lost'));
    await expect(failing).rejects.toThrow('connection lost');
    await settle();
    store.loads[1]?.finish();
    expect(await waiting).toBe(0);
  });
});
