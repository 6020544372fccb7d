import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** One annotated amount, as test/fixtures/eval/<set>/annotations.json records it. */
export interface GoldAmount {
  readonly text: string;
  readonly value: number;
  readonly unit: string;
  readonly qualifier: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly equivalents: ReadonlyArray<{
    readonly text: string;
    readonly value: number;
    readonly unit: string;
    readonly qualifier?: string;
  }>;
  readonly subject: string | null;
  readonly object: string | null;
  readonly metric: string | null;
  readonly headline: boolean;
}

export interface GoldArticle {
  readonly file: string;
  readonly lang: string;
  readonly publishedAt: string;
  readonly amounts: ReadonlyArray<GoldAmount>;
}

export interface EvalSet {
  readonly name: string;
  readonly articlesDir: string;
  readonly articles: ReadonlyArray<GoldArticle>;
}

/** The repository root, found upwards from here (this file also runs bundled from dist/). */
function repoRoot(): string {
  let dir = import.meta.dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const REPO = repoRoot();

/**
 * The annotated sets: the two seed articles read from ../shared/seeds, our own articles (the
 * extractor was tuned on them), and the held-out articles nobody tuned on (the honest estimate).
 */
export function loadEvalSets(): EvalSet[] {
  const own = join(REPO, 'test', 'fixtures', 'eval', 'own');
  const seeds = join(REPO, 'test', 'fixtures', 'eval', 'seeds');
  const heldout = join(REPO, 'test', 'fixtures', 'eval', 'heldout');
  const read = (dir: string) =>
    JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as GoldArticle[];
  return [
    { name: 'seeds', articlesDir: join(REPO, '..', 'shared', 'seeds'), articles: read(seeds) },
    { name: 'own', articlesDir: join(own, 'articles'), articles: read(own) },
    { name: 'heldout', articlesDir: join(heldout, 'articles'), articles: read(heldout) },
  ];
}
