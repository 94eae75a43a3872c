/** A map holding at most `capacity` entries: setting one more forgets the least recently used (read or set). */
export class RecentlyUsed<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      // Most recently used last: the first entries are the first to go.
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.capacity) {
        break;
      }
      this.entries.delete(oldest);
    }
  }

  /** Forgets `key`, but only while it still holds `value` (a newer value set meanwhile stays). */
  deleteIf(key: K, value: V): void {
    if (this.entries.get(key) === value) {
      this.entries.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
