import type { ImportProgress } from '../../shared/model';

const WIDTH = 28;

/** A one-line progress bar on stderr, drawn only on a terminal and at most every 100 ms. */
export function terminalProgress(stream: NodeJS.WriteStream): {
  update(p: ImportProgress): void;
  end(): void;
} {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let last = 0;
  let drawn = false;
  return {
    update(p) {
      const now = Date.now();
      if (now - last < 100 && p.phase === 'reading') return;
      last = now;
      const ratio = p.filesTotal > 0 ? p.filesDone / p.filesTotal : 0;
      const filled = Math.round(ratio * WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
      const line =
        p.phase === 'listing'
          ? 'listing files…'
          : `${bar} ${p.filesDone}/${p.filesTotal} files · ${p.sourcesAdded} sources · ${p.claimsFound} claims`;
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
