import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProject } from '../../../main/core/db/open';
import { insertSource, type NewSource } from '../../../main/core/db/sources';
import { NearDuplicateIndex } from '../../../main/core/importer/near-duplicates';
import { startBatch } from '../../../main/core/db/batches';
import { useTmpDir } from '../../helpers/tmp';

const tmp = useTmpDir();

const ARTICLES: Array<[string, string, string]> = [
  [
    'ko',
    '아마존, 오픈AI에 최대 500억 달러 투자 협상',
    '아마존이 오픈AI에 최대 500억 달러를 투자하는 방안을 협상 중이다. 엔비디아도 참여를 검토한다.',
  ],
  [
    'ja',
    'アマゾン、オープンAIに100億ドル出資を検討',
    'アマゾンがオープンAIに少なくとも100億ドルを出資する方向で交渉している。日鉄の買収とは無関係だ。',
  ],
  ['zh', '亚马逊拟向OpenAI投资', '据报道，亚马逊正洽谈向OpenAI投资高达300亿美元，英伟达也在考虑参与。'],
  [
    'en',
    'Amazon weighs OpenAI stake',
    'Amazon is in talks to invest at least $10 billion in OpenAI, people familiar said.',
  ],
];

// Far apart from each other (≥ 24 differing bits), as unrelated articles are.
const SIGNATURES = [
  0x0123_4567_89ab_cdefn,
  0xfedc_ba98_7654_3210n,
  0x0f0f_0f0f_f0f0_f0f0n,
  0x3c3c_3c3c_c3c3_c3c3n,
];

async function projectWithArticles() {
  const { db } = await openProject(join(tmp(), 's.concord'));
  const batch = startBatch(db, ['x'], '2026-01-01T00:00:00Z');
  ARTICLES.forEach(([lang, title, text], i) => {
    const s: NewSource = {
      publicId: `s_${i}`,
      batchId: batch,
      file: `${lang}.txt`,
      path: `/x/${lang}.txt`,
      itemIndex: 0,
      format: 'txt',
      encoding: 'utf-8',
      title,
      outlet: null,
      author: null,
      url: null,
      publishedAt: `2026-01-0${i + 1}`,
      lang,
      text,
      meta: '{}',
      contentHash: `h${i}`,
      simhash: SIGNATURES[i]!,
      nearKeys: [i * 10 + 1, i * 10 + 2],
      nearDuplicateOf: null,
      importedAt: '2026-01-01',
    };
    insertSource(db, s);
  });
  return db;
}

describe('source search', () => {
  it('finds Korean, Japanese, Chinese and English substrings through the trigram index', async () => {
    const db = await projectWithArticles();
    const { searchSources } = await import('../../../main/core/db/sources');
    expect(searchSources(db, '오픈AI').map((h) => h.source.lang)).toEqual(['ko']);
    expect(searchSources(db, 'オープンAI').map((h) => h.source.lang)).toEqual(['ja']);
    expect(searchSources(db, '亚马逊').map((h) => h.source.lang)).toEqual(['zh']);
    expect(
      searchSources(db, 'openai')
        .map((h) => h.source.lang)
        .sort(),
    ).toEqual(['en', 'zh']);
    expect(searchSources(db, '500억 달러')[0]?.snippet).toContain('[500억]');
    db.close();
  });

  it('finds one- and two-character CJK terms that the trigram index cannot', async () => {
    const db = await projectWithArticles();
    const { searchSources } = await import('../../../main/core/db/sources');
    expect(searchSources(db, '日鉄').map((h) => h.source.lang)).toEqual(['ja']);
    expect(searchSources(db, '엔비').map((h) => h.source.lang)).toEqual(['ko']);
    expect(searchSources(db, '英伟').map((h) => h.source.lang)).toEqual(['zh']);
    expect(searchSources(db, '아마존 엔비').map((h) => h.source.lang)).toEqual(['ko']);
    expect(searchSources(db, 'nothing-like-this')).toEqual([]);
    db.close();
  });

  it('treats FTS syntax in a query as text', async () => {
    const db = await projectWithArticles();
    const { searchSources } = await import('../../../main/core/db/sources');
    expect(() => searchSources(db, '"OR AND NEAR(')).not.toThrow();
    expect(searchSources(db, '$10 billion').map((h) => h.source.lang)).toEqual(['en']);
    db.close();
  });

  it('loads stored simhashes into the near-duplicate index: within the distance found, beyond it not', async () => {
    const db = await projectWithArticles();
    const index = NearDuplicateIndex.load(db);
    const stored = SIGNATURES[1]!; // source 2's signature
    const keys = [11, 12]; // source 2's band keys
    expect(index.find(stored ^ 0b1011n, keys)).toBe(2); // shares a band, 3 bits away
    expect(index.find(stored ^ 0b1011n, [0, 12])).toBe(2); // one shared band is enough
    expect(index.find(stored ^ 0x0f0f_0f0fn, keys)).toBeNull(); // a candidate, but 16 bits away
    expect(index.find(stored, [7, 8])).toBeNull(); // no shared band: never compared
    index.add(99, 0xdead_beef_0000_0000n, [500, 501]);
    expect(index.find(0xdead_beef_0000_0003n, [1, 501])).toBe(99);
    db.close();
  });
});
