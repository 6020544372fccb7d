import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small UTF-8 articles in the seed format (" date …", headline, paragraphs with amounts). */
export const ARTICLES: Record<string, string> = {
  'ko-amazon-openai.txt': [
    ' date 2026-02-26',
    '아마존, 오픈AI에 최대 500억 달러 투자 협상',
    '',
    '아마존이 오픈AI에 최대 500억 달러(약 70조원)를 투자하는 방안을 협상 중인 것으로 전해졌다.',
    '',
    '이번 자금 조달 라운드는 총 1000억 달러(약 140조원)에 달할 것으로 예상된다.',
    '',
  ].join('\n'),
  'en-amazon-openai.txt': [
    ' date 2026-02-27',
    'Amazon weighs a $50 billion investment in OpenAI',
    '',
    'Amazon is in talks to invest up to $50 billion in OpenAI, The Information reported on Thursday.',
    '',
    'The funding round could total $100 billion, valuing OpenAI at about $730 billion.',
    '',
  ].join('\n'),
  'ja-amazon-openai.txt': [
    ' date 2025-12-17',
    'アマゾン、OpenAIに100億ドル出資を検討',
    '',
    'アマゾンはOpenAIに対し、少なくとも100億ドル(約1.4兆円)を投資する方向で交渉を進めています。',
    '',
  ].join('\n'),
};

/** Writes the articles into DIR/articles and returns that folder. */
export function writeArticles(dir: string, names: ReadonlyArray<string> = Object.keys(ARTICLES)): string {
  const folder = join(dir, 'articles');
  mkdirSync(folder, { recursive: true });
  for (const name of names) writeFileSync(join(folder, name), ARTICLES[name]!, 'utf8');
  return folder;
}
