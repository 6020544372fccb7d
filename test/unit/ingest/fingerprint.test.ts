import { describe, expect, it } from 'vitest';
import {
  contentHash,
  hammingDistance,
  isNearDuplicate,
  NEAR_DUPLICATE_MAX_DISTANCE,
  normalizeForHash,
  simhash64,
} from '../../../main/core/ingest';
import {
  EN_BODY,
  EN_TITLE,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  ZH_HANS_BODY,
  ZH_HANS_TITLE,
} from './helpers';

describe('exact duplicates', () => {
  it('normalises width, case and whitespace before hashing', () => {
    expect(normalizeForHash('  ＯｐｅｎＡＩ\u3000に\n\n１００億ドル  ')).toBe('openai に 100億ドル');
    expect(contentHash('OpenAI 500억 달러')).toBe(contentHash('ｏｐｅｎａｉ   500억\n달러'));
    expect(contentHash('OpenAI 500억 달러')).not.toBe(contentHash('OpenAI 50억 달러'));
    expect(contentHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('hammingDistance', () => {
  it('counts differing bits of 64-bit values', () => {
    expect(hammingDistance(0n, 0n)).toBe(0);
    expect(hammingDistance(0n, 0xffffffffffffffffn)).toBe(64);
    expect(hammingDistance(0b1011n, 0b0001n)).toBe(2);
    expect(hammingDistance(1n << 63n, 0n)).toBe(1);
  });

  it('gives a stable 64-bit signature', () => {
    expect(simhash64(KO_BODY)).toBe(simhash64(KO_BODY));
    expect(simhash64(KO_BODY) < 1n << 64n).toBe(true);
  });
});

// Calibration set: for each language, an article, a syndicated copy (new headline, a few
// words edited, outlet line added) and a different article on the same story (same names
// and amounts, written independently).
interface Case {
  readonly lang: string;
  readonly original: string;
  readonly syndicated: string;
  readonly sameStory: string;
}

const CASES: Case[] = [
  {
    lang: 'ko',
    original: `${KO_TITLE}\n\n${KO_BODY}`,
    syndicated: `아마존, 오픈AI 최대 70조원 투자 추진\n\n${KO_BODY.replace('전해졌다', '알려졌다').replace('복수의 관계자를', '관계자들을').replace('분석했다', '평가했다')}\n\n(서울=연합뉴스)`,
    sameStory:
      '오픈AI가 아마존으로부터 최대 500억 달러의 투자를 받는 방안을 검토하고 있다. 투자는 세 차례에 걸쳐 이뤄지며 첫 투자액은 150억 달러 수준이다.\n\n나머지 350억 달러는 오픈AI의 상장 또는 AGI 달성 시점에 맞춰 집행될 전망이다. 시장에서는 마이크로소프트와 오픈AI의 관계에도 변화가 생길 수 있다는 관측이 나온다.\n\n아마존 측은 이에 대해 공식 입장을 내지 않았다.',
  },
  {
    lang: 'ja',
    original: `${JA_TITLE}\n\n${JA_BODY}`,
    syndicated: `OpenAIに最大1.4兆円、アマゾンが出資交渉\n\n${JA_BODY.replace('分かった', '明らかになった').replace('見通しだ', '見込みだ').replace('話している', '指摘する')}`,
    sameStory:
      'OpenAIが米アマゾンから少なくとも100億ドルの出資を受け入れる方向で協議している。アマゾンはOpenAIの主要なクラウド提供者の一つで、両社は380億ドルの契約を結んでいる。\n\n出資が決まれば、OpenAIはアマゾンの半導体トレイニウムを使ってAIモデルを訓練する。エヌビディア製GPUへの依存を下げる狙いがあるとされる。',
  },
  {
    lang: 'zh',
    original: `${ZH_HANS_TITLE}\n\n${ZH_HANS_BODY}`,
    syndicated: `OpenAI或获亚马逊500亿美元投资\n\n${ZH_HANS_BODY.replace('据知情人士透露', '据消息人士称').replace('分析人士认为', '业内人士认为')}`,
    sameStory:
      'OpenAI正与亚马逊商讨一项最高500亿美元的融资安排，其中150亿美元将率先到位。剩余350亿美元能否落地，取决于OpenAI能否上市或达成通用人工智能目标。\n\n此前，OpenAI已与亚马逊云服务签署380亿美元的算力合同，微软与OpenAI的关系也因此受到关注。',
  },
  {
    lang: 'en',
    original: `${EN_TITLE}\n\n${EN_BODY}`,
    syndicated: `Amazon weighs $50 billion bet on ChatGPT maker\n\n${EN_BODY.replace('according to people familiar with the matter', 'according to sources').replace('Analysts said', 'Analysts say').replace('strategic move', 'strategic play')}\n\nReporting by Staff; Editing by Desk`,
    sameStory:
      "OpenAI is negotiating a funding package of up to $50 billion from Amazon, with $15 billion due first and the remaining $35 billion tied to an IPO or AGI milestone, sources told reporters.\n\nThe two companies already have a $38 billion cloud deal. Microsoft, OpenAI's largest backer, has not commented on the talks, which could reshape the balance of power in AI infrastructure.",
  },
];

describe(`near duplicates (threshold ${NEAR_DUPLICATE_MAX_DISTANCE} bits)`, () => {
  const measured: string[] = [];
  for (const c of CASES) {
    it(`${c.lang}: a syndicated copy is within the threshold, a different article on the same story is not`, () => {
      const original = simhash64(c.original);
      const copy = hammingDistance(original, simhash64(c.syndicated));
      const other = hammingDistance(original, simhash64(c.sameStory));
      measured.push(`${c.lang}: copy ${copy} bits, same-story article ${other} bits`);
      expect(copy).toBeLessThanOrEqual(NEAR_DUPLICATE_MAX_DISTANCE);
      expect(other).toBeGreaterThan(NEAR_DUPLICATE_MAX_DISTANCE);
      expect(isNearDuplicate(original, simhash64(c.syndicated))).toBe(true);
      expect(isNearDuplicate(original, simhash64(c.sameStory))).toBe(false);
    });
  }

  it('keeps articles in different languages apart', () => {
    for (const a of CASES) {
      for (const b of CASES) {
        if (a !== b)
          expect(hammingDistance(simhash64(a.original), simhash64(b.original))).toBeGreaterThan(
            NEAR_DUPLICATE_MAX_DISTANCE,
          );
      }
    }
    // Calibration record, printed (not asserted) for the next person who tunes the threshold.
    console.log(`simhash64 calibration:\n  ${measured.join('\n  ')}`);
  });
});
