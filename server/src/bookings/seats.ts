/** The lowest seat number from 1 to `capacity` nobody holds, or undefined when all are taken. */
export function firstFreeSeat(taken: readonly number[], capacity: number): number | undefined {
  const held = new Set(taken);
  for (let seat = 1; seat <= capacity; seat += 1) {
    if (!held.has(seat)) {
      return seat;
    }
  }
  return undefined;
}
