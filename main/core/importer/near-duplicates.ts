import type Database from 'better-sqlite3';
import { allFingerprints } from '../db/sources';
import { hammingDistance, NEAR_DUPLICATE_MAX_DISTANCE } from '../ingest/fingerprint';

/**
 * The project's near-duplicate signatures in memory for one import. Candidates come from exact
 * MinHash band-key matches (texts with high shingle overlap share a band); the simhash distance,
 * calibrated on syndicated copies, decides.
 */
export class NearDuplicateIndex {
  private readonly signatures: bigint[] = [];
  private readonly ids: number[] = [];
  private readonly bands: Array<Map<number, number[]>> = [];

  static load(db: Database.Database): NearDuplicateIndex {
    const index = new NearDuplicateIndex();
    for (const { id, simhash, nearKeys } of allFingerprints(db)) index.add(id, simhash, nearKeys);
    return index;
  }

  /** The first stored source within the near-duplicate distance, if any. */
  find(simhash: bigint, nearKeys: ReadonlyArray<number>): number | null {
    const seen = new Set<number>();
    for (let b = 0; b < nearKeys.length; b++) {
      for (const k of this.bands[b]?.get(nearKeys[b]!) ?? []) {
        if (seen.has(k)) continue;
        seen.add(k);
        if (hammingDistance(this.signatures[k]!, simhash) <= NEAR_DUPLICATE_MAX_DISTANCE) return this.ids[k]!;
      }
    }
    return null;
  }

  add(id: number, simhash: bigint, nearKeys: ReadonlyArray<number>): void {
    const k = this.ids.length;
    this.ids.push(id);
    this.signatures.push(simhash);
    nearKeys.forEach((key, b) => {
      const band = (this.bands[b] ??= new Map());
      const list = band.get(key);
      if (list) list.push(k);
      else band.set(key, [k]);
    });
  }
}
