import { describe, expect, it } from 'vitest';
import { clauseIndex, layoutSentence } from '../../../main/core/extract/clauses';
import { MAX_SENTENCE, sentenceAt, splitSentences } from '../../../main/core/extract/sentences';

const split = (t: string): string[] => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits Korean, Japanese and Chinese at their stops', () => {
    expect(split('아마존이 투자했다. 오픈AI는 상장을 준비한다.')).toEqual([
      '아마존이 투자했다.',
      '오픈AI는 상장을 준비한다.',
    ]);
    expect(split('提携拡大!アマゾンが出資。OpenAIは上場へ？')).toEqual([
      '提携拡大!',
      'アマゾンが出資。',
      'OpenAIは上場へ？',
    ]);
    expect(split('软银将投资。英伟达也将投资！')).toEqual(['软银将投资。', '英伟达也将投资！']);
  });

  it('does not split inside numbers, abbreviations or initials', () => {
    expect(
      split('The U.S. government paid $1.4 billion to J. P. Morgan Inc. last year. Then it stopped.'),
    ).toEqual(['The U.S. government paid $1.4 billion to J. P. Morgan Inc. last year.', 'Then it stopped.']);
    expect(split('약 1.4조원을 투자했다. 다음 문장.')).toEqual(['약 1.4조원을 투자했다.', '다음 문장.']);
    expect(split('See Amazon.com for details.')).toEqual(['See Amazon.com for details.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('He said "we will invest." Then left.')).toEqual([
      'He said "we will invest."',
      'Then left.',
    ]);
    expect(split('「投資する。」と述べた。')).toEqual(['「投資する。」', 'と述べた。']);
  });

  it('splits at line breaks and numbers paragraphs', () => {
    const text = 'Headline without stop\n\nFirst paragraph. Second sentence.\nNext paragraph';
    const s = splitSentences(text);
    expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
      'Headline without stop',
      'First paragraph.',
      'Second sentence.',
      'Next paragraph',
    ]);
    expect(s[1]!.paragraph).toBe(s[2]!.paragraph);
    expect(s[3]!.paragraph).not.toBe(s[2]!.paragraph);
  });

  it('joins hard-wrapped English lines', () => {
    expect(
      split(
        'Amazon is in talks to invest as much as\n$50 billion in OpenAI, people familiar with the\nmatter said. Next.',
      ),
    ).toEqual([
      'Amazon is in talks to invest as much as\n$50 billion in OpenAI, people familiar with the\nmatter said.',
      'Next.',
    ]);
    expect(split('Amazon invests in OpenAI\nthe deal is big')).toEqual([
      'Amazon invests in OpenAI',
      'the deal is big',
    ]);
  });

  it('cuts run-on text (flattened tables) into bounded pieces', () => {
    const row = '회사 매출 영업이익 1,234 5,678 9,012 ';
    const text = row.repeat(200);
    const s = splitSentences(text);
    expect(s.length).toBeGreaterThan(1);
    for (const x of s) expect(x.end - x.start).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('returns spans that index the text and finds the sentence of a position', () => {
    const text = '  첫 문장이다.  둘째 문장이다.  ';
    const s = splitSentences(text);
    expect(s.length).toBe(2);
    expect(sentenceAt(s, text.indexOf('둘째'))).toBe(1);
    expect(sentenceAt(s, 0)).toBe(-1);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n\n ')).toEqual([]);
  });
});

describe('layoutSentence', () => {
  it('finds clauses but not inside numbers or asides', () => {
    const text = '아마존은 1,000억 달러(약 140조원, 추정)를 투자하고, 오픈AI는 12:30에 발표했다.';
    const [s] = splitSentences(text);
    const layout = layoutSentence(text, s!);
    expect(layout.clauseStarts.length).toBe(2);
    expect(layout.parens.length).toBe(1);
    expect(clauseIndex(layout, text.indexOf('오픈AI'))).toBe(1);
    expect(clauseIndex(layout, text.indexOf('아마존'))).toBe(0);
  });

  it('treats 、 and ， as clause marks', () => {
    const text = 'アマゾンはOpenAIに対し、100億ドルを投資する。软银表示，将投资。';
    const s = splitSentences(text);
    expect(layoutSentence(text, s[0]!).clauseStarts.length).toBe(2);
    expect(layoutSentence(text, s[1]!).clauseStarts.length).toBe(2);
  });
});
