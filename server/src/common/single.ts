/**
 * The one item of a list that by construction holds exactly one (a range of one day, a list of one id): an empty
 * list is a bug in the caller, not something to answer the user about.
 */
export function single<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined || items.length !== 1) {
    throw new Error(`expected exactly one item, got ${items.length}`);
  }
  return item;
}
