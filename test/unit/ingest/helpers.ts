/** Shared test material: realistic article texts in the project's languages, byte helpers. */
import iconv from 'iconv-lite';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FileResult, RawArticle } from '../../../main/core/ingest';

export const KO_TITLE = '아마존, 오픈AI에 최대 500억 달러 투자 협상';
export const KO_BODY = [
  '아마존이 오픈AI에 최대 500억 달러(약 70조원)를 투자하는 방안을 협상 중인 것으로 전해졌다. 투자금은 일괄 집행이 아닌 단계적 투입 방식으로, 기업공개(IPO)와 인공지능 일반지능(AGI) 달성 여부에 연동되는 조건이 붙는다.',
  '미국 IT 전문 매체 디인포메이션은 26일 복수의 관계자를 인용해 아마존이 우선 150억 달러를 투자하고, 오픈AI가 상장하거나 AGI에 도달할 경우 350억 달러를 추가 집행하는 방안을 논의 중이라고 보도했다.',
  '업계 관계자는 "아마존의 투자는 단순한 재무적 베팅이 아니라 클라우드 인프라 주도권을 되찾기 위한 전략적 움직임"이라고 분석했다.',
].join('\n\n');

export const JA_TITLE = 'アマゾン、OpenAIに100億ドル投資を検討';
export const JA_BODY = [
  '米アマゾン・ドット・コムが対話型AI「ChatGPT」を開発する米OpenAIに対し、少なくとも100億ドル(約1.4兆円)を出資する方向で交渉していることが分かった。複数の関係者が明らかにした。',
  '両社は11月に380億ドル規模のクラウド契約を結んだばかりで、今回の出資が実現すれば、OpenAIはアマゾンが自社開発したAI半導体「トレイニウム」を採用する見通しだ。',
  '市場関係者は「エヌビディアへの依存を減らしたいOpenAIと、自社チップの実績が欲しいアマゾンの思惑が一致した」と話している。',
].join('\n\n');

export const ZH_HANS_TITLE = '亚马逊洽谈向OpenAI投资最多500亿美元';
export const ZH_HANS_BODY = [
  '据知情人士透露，亚马逊正在洽谈向OpenAI投资最多500亿美元，首期投资150亿美元，其余资金将与OpenAI上市或实现通用人工智能挂钩。',
  '双方上月刚刚签署了一份价值380亿美元的云服务协议。分析人士认为，此举将加深两家公司在芯片和云计算领域的合作关系，也将削弱微软对OpenAI的影响力。',
].join('\n\n');

export const ZH_HANT_TITLE = '亞馬遜洽談向OpenAI投資最多500億美元';
export const ZH_HANT_BODY = [
  '據知情人士透露，亞馬遜正在洽談向OpenAI投資最多500億美元，首期投資150億美元，其餘資金將與OpenAI上市或實現通用人工智慧掛鉤。',
  '雙方上月剛剛簽署了一份價值380億美元的雲端服務協議。分析人士認為，此舉將加深兩家公司在晶片與雲端運算領域的合作關係。',
].join('\n\n');

export const EN_TITLE = 'Amazon in talks to invest up to $50 billion in OpenAI';
export const EN_BODY = [
  'Amazon is in talks to invest as much as $50 billion in OpenAI, according to people familiar with the matter, in a deal that would tie the money to the ChatGPT maker going public or reaching artificial general intelligence.',
  'The first tranche would be $15 billion, with the remaining $35 billion released later, the people said. The talks come weeks after the two companies signed a $38 billion cloud computing contract.',
  'Analysts said the investment was less a financial bet than a strategic move by Amazon Web Services to win back ground in AI infrastructure from Microsoft.',
].join('\n\n');

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Encode with iconv-lite (tests only: product code never encodes to legacy charsets). */
export function encode(text: string, charset: string, withBom = false): Uint8Array {
  return new Uint8Array(iconv.encode(text, charset, { addBOM: withBom }));
}

export function only(result: FileResult): RawArticle {
  if (result.articles.length !== 1) {
    throw new Error(`expected 1 article, got ${result.articles.length}: ${JSON.stringify(result.errors)}`);
  }
  return result.articles[0]!;
}

export function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'concord-ingest-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

export const FIXTURES = fileURLToPath(new URL('../../fixtures/ingest', import.meta.url));
/** shared/ sits beside the repository (locally and in CI). */
const SEEDS_BESIDE_REPO = fileURLToPath(new URL('../../../../shared/seeds', import.meta.url));
export const SEEDS = existsSync(SEEDS_BESIDE_REPO) ? SEEDS_BESIDE_REPO : '/work/shared/seeds';
