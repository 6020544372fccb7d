/**
 * The character-level machinery of the lexicon matcher: case/width folding as one table read, a
 * hashed filter on the first two characters, and the trie frozen into flat typed arrays (a dense
 * table for the first character, then per node a sorted run of (char, child) pairs), which walks
 * several times faster than nested Maps.
 */

export interface TrieNode<P> {
  next: Map<number, TrieNode<P>> | null;
  out: P[] | null;
}

/** Case and width folding that keeps one UTF-16 unit per unit, so spans stay valid. */
function foldCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 97;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff41 + 97;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 48;
  if (c === 0xa0 || c === 0x3000) return 32;
  if (c === 0xb7 || c === 0xff65 || c === 0x2027 || c === 0x2022) return 0x30fb;
  if (c === 0x2019 || c === 0xff07) return 39;
  if (c === 0x2010 || c === 0x2011 || c === 0x2013) return 45;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 32;
  return c;
}

// Folding as one table read (the scan calls it for every character).
export const FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = foldCode(c);
export const fold = (c: number): number => FOLD[c]!;

export const PAIR_SIZE = 1 << 18;
export const pairHash = (a: number, b: number): number => (Math.imul(a, 0x9e37) ^ b) & (PAIR_SIZE - 1);

export interface FlatTrie<P> {
  rootChild: Int32Array;
  start: Int32Array;
  count: Int32Array;
  keys: Uint16Array;
  kids: Int32Array;
  out: Array<P[] | null>;
}

export function flatten<P>(root: TrieNode<P>): FlatTrie<P> {
  const nodes: Array<TrieNode<P>> = [root];
  const index = new Map<TrieNode<P>, number>([[root, 0]]);
  for (let k = 0; k < nodes.length; k++)
    for (const child of nodes[k]!.next?.values() ?? []) {
      index.set(child, nodes.length);
      nodes.push(child);
    }
  const start = new Int32Array(nodes.length);
  const count = new Int32Array(nodes.length);
  const keys: number[] = [];
  const kids: number[] = [];
  const rootChild = new Int32Array(65536);
  nodes.forEach((n, k) => {
    const entries = [...(n.next?.entries() ?? [])].sort((a, b) => a[0] - b[0]);
    start[k] = keys.length;
    count[k] = entries.length;
    for (const [c, child] of entries) {
      keys.push(c);
      kids.push(index.get(child)!);
      if (k === 0) rootChild[c] = index.get(child)!;
    }
  });
  return {
    rootChild,
    start,
    count,
    keys: Uint16Array.from(keys),
    kids: Int32Array.from(kids),
    out: nodes.map((n) => n.out),
  };
}

/** Child of node for folded char c, or 0 (0 is the root, never anyone's child). */
export function childOf<P>(t: FlatTrie<P>, node: number, c: number): number {
  let lo = t.start[node]!;
  let hi = lo + t.count[node]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = t.keys[mid]!;
    if (k === c) return t.kids[mid]!;
    if (k < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}
