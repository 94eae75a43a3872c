/**
 * Reads shared by the requests waiting for the same thing, without ever answering a request with a read that began
 * before it asked: while a read of a key runs, every request for that key joins the next read, which starts as soon
 * as the running one ends. Under load one query then serves many requests, and each still sees every change committed
 * before it asked. (For cache counters, `sharedVersionReads` does the same over sets of names.)
 */
export class SharedReads<V> {
  private readonly reads = new Map<string, { running: Promise<V>; next?: Promise<V> }>();

  read(key: string, load: () => Promise<V>): Promise<V> {
    const current = this.reads.get(key);
    if (!current) {
      return this.start(key, load);
    }
    current.next ??= current.running.then(
      () => this.start(key, load),
      () => this.start(key, load),
    );
    return current.next;
  }

  private start(key: string, load: () => Promise<V>): Promise<V> {
    const entry = { running: load() };
    this.reads.set(key, entry);
    const settle = () => {
      if (this.reads.get(key) === entry) {
        this.reads.delete(key);
      }
    };
    entry.running.then(settle, settle);
    return entry.running;
  }
}
