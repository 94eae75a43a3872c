interface Key<V, Batch> {
  running?: Promise<V>;
  next?: { batch: Batch; result: Promise<V> };
}

/**
 * Reads shared by the requests asking for the same thing, without ever answering a request with a read that began
 * before it asked. A read begins at the end of the event-loop turn in which it was first asked for, and not before
 * the previous read of the same key ended; every request asking until it begins joins it. Under load one query then
 * serves all the requests of a turn, and each still sees every change committed before it asked. (On SQLite a read
 * is synchronous: begun at once, no two requests would ever share one.)
 *
 * A request may add what it needs to the read's batch (the counters it wants, say) when it joins: the batch is read
 * only when the read begins, so it always holds what every joiner added.
 */
export class SharedReads<V, Batch = undefined> {
  private readonly keys = new Map<string, Key<V, Batch>>();

  constructor(private readonly newBatch: () => Batch = () => undefined as Batch) {}

  /** Joins the next read of `key`; `load` makes it, once, from the batch its joiners added to. */
  join(key: string, load: (batch: Batch) => Promise<V>): { batch: Batch; result: Promise<V> } {
    let entry = this.keys.get(key);
    if (!entry) {
      entry = {};
      this.keys.set(key, entry);
    }
    if (entry.next) {
      return entry.next;
    }
    const joined = entry;
    const previous = joined.running;
    const batch = this.newBatch();
    const result = endOfTurn()
      .then(() => previous?.then(ignore, ignore))
      .then(() => this.begin(key, joined, batch, load));
    joined.next = { batch, result };
    return joined.next;
  }

  read(key: string, load: () => Promise<V>): Promise<V> {
    return this.join(key, load).result;
  }

  /** Keys with a read running or waiting to begin: none once every read has settled. */
  get keysHeld(): number {
    return this.keys.size;
  }

  private begin(key: string, entry: Key<V, Batch>, batch: Batch, load: (batch: Batch) => Promise<V>): Promise<V> {
    entry.next = undefined;
    // Through a promise so that a load throwing at once fails its read like one that rejects (and its key is forgotten).
    const running = Promise.resolve(batch).then(load);
    entry.running = running;
    const settle = () => {
      if (entry.running === running) {
        entry.running = undefined;
        if (!entry.next) {
          this.keys.delete(key);
        }
      }
    };
    running.then(settle, settle);
    return running;
  }
}

const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const ignore = () => undefined;
