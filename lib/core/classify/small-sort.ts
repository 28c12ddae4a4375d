/**
 * Sorts a short list in place, stably, as `Array.prototype.sort` would (same comparator, same order among equals):
 * by insertion, without the work array the built-in sort allocates on every call. The rules sort a few phrases per
 * email; a longer list (a hostile text) goes to the built-in sort.
 */
const INSERTION_MAX = 16;

export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  const n = list.length;
  if (n > INSERTION_MAX) return list.sort(compare);
  for (let i = 1; i < n; i++) {
    const item = list[i]!;
    let j = i;
    while (j > 0 && compare(list[j - 1]!, item) > 0) {
      list[j] = list[j - 1]!;
      j--;
    }
    list[j] = item;
  }
  return list;
}
