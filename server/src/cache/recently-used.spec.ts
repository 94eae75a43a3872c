import { RecentlyUsed } from './recently-used.js';

describe('RecentlyUsed', () => {
  it('forgets the least recently used entry beyond its capacity, a read counting as a use', () => {
    const recent = new RecentlyUsed<string, number>(2);
    recent.set('a', 1);
    recent.set('b', 2);
    expect(recent.get('a')).toBe(1);
    recent.set('c', 3);
    expect(recent.get('b')).toBeUndefined();
    expect(recent.get('a')).toBe(1);
    expect(recent.get('c')).toBe(3);
    expect(recent.size).toBe(2);
  });

  it('replaces a value set again without growing', () => {
    const recent = new RecentlyUsed<string, number>(2);
    recent.set('a', 1);
    recent.set('a', 2);
    expect(recent.get('a')).toBe(2);
    expect(recent.size).toBe(1);
  });

  it('deletes a key only while it holds the given value', () => {
    const recent = new RecentlyUsed<string, number>(2);
    recent.set('a', 1);
    recent.deleteIf('a', 2);
    expect(recent.get('a')).toBe(1);
    recent.deleteIf('a', 1);
    expect(recent.get('a')).toBeUndefined();
  });
});
