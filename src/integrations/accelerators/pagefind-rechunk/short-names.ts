/**
 * Short file names for the index: the shortest prefix length, at least `min`, at which the given content hashes
 * (hex) are all different. Pagefind names every fragment and chunk by 7 hex digits, and the metadata the first query
 * loads lists all of them; at 1000 pages 5 or 6 digits tell them apart, about 1 KiB less to fetch. Content hashes keep the names
 * changing with the content, as cached files need. Pure.
 */
export function uniquePrefixLength(hashes: readonly string[], min: number): number {
  const longest = Math.max(min, ...hashes.map((h) => h.length));
  for (let length = min; length < longest; length++) {
    if (new Set(hashes.map((h) => h.slice(0, length))).size === new Set(hashes).size) return length;
  }
  return longest;
}
