/**
 * Qualifications an analyst needs beside the number, other than conditions: pre-/post-money for
 * valuations, the period an amount is spread over ("今後7年間", "over the next five years"), and
 * annualised run-rates. Kept as short notes; two claims that differ only by these are not a conflict.
 */
import type { LangFamily } from './text-scripts';

const PRE_MONEY = [
  '투자 전',
  '투자 이전',
  '프리머니',
  '投資前',
  'プレマネー',
  '投前',
  'pre-money',
  'before the investment',
  'before the new money',
];
const POST_MONEY = [
  '투자 후',
  '투자 이후',
  '포스트머니',
  '投資後',
  'ポストマネー',
  '投后',
  '投後',
  'post-money',
  'after the investment',
  'including the new money',
];
const ANNUALIZED = [
  '연환산',
  '연율 환산',
  '연간 환산',
  '年換算',
  '年率換算',
  '年化',
  'annualized',
  'annualised',
  'run rate',
  'run-rate',
];

// Linear patterns (no nested quantifiers), run on one clause only.
const PERIOD: Record<LangFamily, RegExp> = {
  ko: /(?:향후|앞으로|이후)\s*\d{1,2}\s*(?:년|개월)(?:\s*(?:간|동안))?|\d{1,2}\s*(?:년|개월)\s*(?:간|동안)/,
  ja: /(?:今後|向こう|これから)\s*\d{1,2}\s*(?:年間|年|カ月|ヶ月|か月)|\d{1,2}\s*(?:年間|カ月間|ヶ月間|か月間)/,
  zh: /(?:未来|未來|今后|今後)\s*[\d一二三四五六七八九十两兩]{1,3}\s*(?:年|个月|個月)|[\d一二三四五六七八九十两兩]{1,3}\s*年(?:内|內|间|間)/,
  en: /over (?:the )?(?:(?:next|coming|following) )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several) (?:years|months)/i,
};

export function extraNotes(
  clauseText: string,
  sentenceText: string,
  lang: LangFamily,
  metric: string | null,
): string[] {
  const notes: string[] = [];
  if (metric === 'valuation') {
    const lower = sentenceText.toLowerCase();
    if (PRE_MONEY.some((w) => lower.includes(w))) notes.push('pre-money');
    else if (POST_MONEY.some((w) => lower.includes(w))) notes.push('post-money');
  }
  const period = PERIOD[lang].exec(clauseText);
  if (period) notes.push(period[0].trim());
  const lowerClause = clauseText.toLowerCase();
  if (ANNUALIZED.some((w) => lowerClause.includes(w))) notes.push('annualized');
  return notes;
}
