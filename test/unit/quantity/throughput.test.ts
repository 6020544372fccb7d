/**
 * Throughput on mixed four-language news text. Prints MB/s (UTF-8 bytes) instead of asserting it:
 * timings on shared CI machines flake. The hard requirement is ≥ 20 MB/s, the target ≥ 30 MB/s.
 *
 * Two figures are printed. "bundled" runs shared/quantity bundled by esbuild into one module, which
 * is how main and the renderer ship it. "as loaded by vitest" runs the modules through vite's SSR
 * transform, which turns every cross-module call in the hot loop into a getter on a namespace object
 * and costs roughly a factor of three; it is printed for comparison only.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as loaded from '../../../shared/quantity/index';
import { CHINESE, ENGLISH, JAPANESE, KOREAN, mixedCorpus } from './corpus';

type Api = Pick<typeof loaded, 'findQuantities' | 'findNumbers'>;

function mbPerSecond(text: string, fn: (t: string) => unknown[]): { mbps: number; count: number } {
  const bytes = new TextEncoder().encode(text).length;
  let count = 0;
  for (let k = 0; k < 2; k++) fn(text);
  const runs = 3;
  const t0 = performance.now();
  for (let k = 0; k < runs; k++) count = fn(text).length;
  const seconds = (performance.now() - t0) / 1000 / runs;
  return { mbps: bytes / 1e6 / seconds, count };
}

async function bundledApi(): Promise<Api | null> {
  try {
    const { buildSync } = await import('esbuild');
    const entry = fileURLToPath(new URL('../../../shared/quantity/index.ts', import.meta.url));
    const out = buildSync({
      entryPoints: [entry],
      bundle: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
    });
    const dir = mkdtempSync(join(tmpdir(), 'concord-quantity-'));
    const file = join(dir, 'quantity.mjs');
    writeFileSync(file, out.outputFiles[0]!.text);
    const api = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Api;
    rmSync(dir, { recursive: true, force: true });
    return api;
  } catch {
    return null;
  }
}

function measure(label: string, api: Api): { rows: string[]; mixedCount: number } {
  const rows: string[] = [];
  const mixed = mixedCorpus(2_000_000);
  const all = mbPerSecond(mixed, api.findQuantities);
  rows.push(
    `[${label}] findQuantities, mixed four-language corpus (2 MB): ${all.mbps.toFixed(1)} MB/s, ${all.count} quantities`,
  );
  for (const [name, sample] of [
    ['English', ENGLISH],
    ['Korean', KOREAN],
    ['Japanese', JAPANESE],
    ['Chinese', CHINESE],
  ] as const) {
    if (!sample) continue;
    const r = mbPerSecond(sample.repeat(Math.ceil(500_000 / sample.length)), api.findQuantities);
    rows.push(`[${label}] findQuantities, ${name} only (~0.5–1.5 MB): ${r.mbps.toFixed(1)} MB/s`);
  }
  rows.push(
    `[${label}] findNumbers, mixed corpus (2 MB): ${mbPerSecond(mixed, api.findNumbers).mbps.toFixed(1)} MB/s`,
  );
  return { rows, mixedCount: all.count };
}

describe('throughput', () => {
  it('prints MB/s for findQuantities and findNumbers', async () => {
    const rows: string[] = [];
    const bundled = await bundledApi();
    let count = 0;
    if (bundled) {
      const r = measure('bundled', bundled);
      rows.push(...r.rows);
      count = r.mixedCount;
    }
    const viaVitest = measure('as loaded by vitest', loaded);
    rows.push(...viaVitest.rows);
    console.log(['', ...rows, ''].join('\n'));
    expect(viaVitest.mixedCount).toBeGreaterThan(0);
    if (bundled) expect(count).toBe(viaVitest.mixedCount);
  });
});
