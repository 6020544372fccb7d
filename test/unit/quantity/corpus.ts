/**
 * A mixed four-language news corpus for the throughput check and the property tests: the two seed
 * articles (when shared/seeds is present) plus English and Chinese paragraphs written for the purpose.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEEDS = fileURLToPath(new URL('../../../../shared/seeds/', import.meta.url));

export const ENGLISH = `Amazon is in talks to invest at least $10 billion in OpenAI, according to people familiar with
the matter, a deal that could value the ChatGPT maker at more than $500 billion. The company agreed in
November to a seven-year, $38 billion cloud contract with Amazon Web Services, and said it plans to spend
roughly $1.4 trillion on computing over the next eight years. Shares of Nvidia fell 2.3% on Tuesday while
Broadcom rose 1.1 percent; the Nasdaq closed down 0.6 percentage points at 23,111.46. Analysts at
Morgan Stanley expect capital expenditure of $400-450 billion in 2026, up from about $350bn this year.
The H100 and A100 chips sold for as much as $40,000 each in 2024, and GPT-4o was released on May 13, 2024.
SoftBank's Vision Fund reported a profit of ¥2.5 trillion (about $16.6 billion) in the quarter to Sept 30.
`;

export const CHINESE = `据报道，亚马逊正就向OpenAI投资至少100亿美元进行谈判，该交易可能使OpenAI估值超过5000亿美元。
双方于11月签署了为期7年、价值380亿美元的云服务合同。英伟达此前宣布将投资最多1000亿美元（约7100亿元人民币），
OpenAI则承诺部署至少10吉瓦的英伟达系统。2025年前三季度，公司营收同比增长18.5%，达到3000多亿元，
净利润为人民币450亿元左右。分析师预计，2026年资本开支将在4000亿至4500亿美元之间，较上年增长约百分之三十。
台積電表示，今年營收可望成長逾兩成，全年資本支出約400億美元，第三季毛利率達59.5%，較上季增加0.7個百分點。
`;

function seed(name: string): string {
  return existsSync(SEEDS + name) ? readFileSync(SEEDS + name, 'utf8') : '';
}

export const KOREAN = seed('ko-amazon-openai-2026-02-26.txt');
export const JAPANESE = seed('ja-tradingkey-2025-12-17.txt');

/** About `bytes` of UTF-8 text cycling through the four languages. */
export function mixedCorpus(bytes: number): string {
  const parts = [ENGLISH, KOREAN, JAPANESE, CHINESE].filter((p) => p.length > 0);
  const unit = parts.join('\n');
  const unitBytes = new TextEncoder().encode(unit).length;
  return unit.repeat(Math.max(1, Math.ceil(bytes / unitBytes)));
}
