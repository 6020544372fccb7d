import type Database from 'better-sqlite3';
import { allSimhashes } from '../db/sources';
import { hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE } from '../ingest/fingerprint';

const BANDS = 4;
const BAND_BITS = 16n;

function bandsOf(simhash: bigint): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) out.push(Number((simhash >> (BAND_BITS * BigInt(b))) & 0xffffn));
  return out;
}

/**
 * The project's simhashes in memory for one import. Two signatures within a few bits share at
 * least one of four 16-bit bands exactly, so only same-band entries are compared.
 */
export class NearDuplicateIndex {
  private readonly signatures: bigint[] = [];
  private readonly ids: number[] = [];
  private readonly bands: Array<Map<number, number[]>> = Array.from({ length: BANDS }, () => new Map());

  static load(db: Database.Database): NearDuplicateIndex {
    const index = new NearDuplicateIndex();
    for (const { id, simhash } of allSimhashes(db)) index.add(id, simhash);
    return index;
  }

  /** The first stored source within the near-duplicate distance, if any. */
  find(simhash: bigint): number | null {
    const values = bandsOf(simhash);
    for (let b = 0; b < BANDS; b++) {
      for (const k of this.bands[b]!.get(values[b]!) ?? []) {
        if (hammingDistance(this.signatures[k]!, simhash) <= NEAR_DUPLICATE_MAX_DISTANCE) return this.ids[k]!;
      }
    }
    return null;
  }

  add(id: number, simhash: bigint): void {
    const k = this.ids.length;
    this.ids.push(id);
    this.signatures.push(simhash);
    bandsOf(simhash).forEach((value, b) => {
      const list = this.bands[b]!.get(value);
      if (list) list.push(k);
      else this.bands[b]!.set(value, [k]);
    });
  }
}
