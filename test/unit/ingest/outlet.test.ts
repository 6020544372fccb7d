import { describe, expect, it } from 'vitest';
import { guessOutlet, parseArticleBytes } from '../../../main/core/ingest';
import { EN_BODY, utf8 } from './helpers';

describe('guessOutlet', () => {
  it('prefers og:site_name, then explicit outlet/source/publisher/site fields', () => {
    expect(guessOutlet({ 'og:site_name': '한빛경제', source: 'Other' })).toBe('한빛경제');
    expect(guessOutlet({ Publisher: '経済新報', feedTitle: 'Feed' })).toBe('経済新報');
    expect(guessOutlet({ SOURCE: { id: 'reuters', name: 'Reuters' } })).toBe('Reuters');
    expect(guessOutlet({ site: '經濟日報' })).toBe('經濟日報');
    expect(guessOutlet({ feedTitle: '新华财经' })).toBe('新华财经');
  });

  it('reduces mailboxes and URLs to names', () => {
    expect(guessOutlet({ from: '"Yonhap News" <news@yna.example.kr>' })).toBe('Yonhap News');
    expect(guessOutlet({ from: '<news@yna.example.kr>' })).toBe('yna.example.kr');
    expect(guessOutlet({ source: 'https://www.reuters.com/technology/amazon-openai' })).toBe('reuters.com');
  });

  it('returns null when nothing names an outlet', () => {
    expect(guessOutlet({})).toBeNull();
    expect(guessOutlet({ source: '' })).toBeNull();
    expect(guessOutlet({ source: 'x'.repeat(200) })).toBeNull();
  });
});

describe('bylines in text files', () => {
  it('takes "By <name>, <date>" as author, "<outlet> <date>" as outlet', () => {
    const byAuthor = parseArticleBytes(
      utf8(`Amazon weighs OpenAI stake\nBy Jane Doe, Dec 17, 2025\n\n${EN_BODY}`),
      'a.txt',
    ).articles[0];
    expect(byAuthor).toMatchObject({ author: 'Jane Doe', outlet: null, publishedAt: '2025-12-17' });
    const byOutlet = parseArticleBytes(
      utf8(`Amazon weighs OpenAI stake\nReuters | 17 December 2025\n\n${EN_BODY}`),
      'b.txt',
    ).articles[0];
    expect(byOutlet).toMatchObject({ author: null, outlet: 'Reuters', publishedAt: '2025-12-17' });
    expect(byOutlet?.text).toBe(EN_BODY);
  });
});
