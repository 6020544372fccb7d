import { it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../../main/core/ingest/decode-text';
const samples: Record<string, string[]> = {
  'euc-kr': ['아마존, 오픈AI에 500억 달러 투자', '아마존이 오픈AI에 최대 500억 달러(약 70조원)를 투자하는 방안을 협상 중인 것으로 전해졌다.', '투자'],
  'cp949': ['똠방각하 뷁 투자 500억 달러', '아마존이 오픈AI에 최대 500억 달러를 투자한다. 똠양꿍'],
  'shift_jis': ['アマゾン、OpenAIに100億ドル投資', 'アマゾンがOpenAIに100億ドルの巨額投資を検討していると報じられた。', '日本'],
  'gb18030': ['亚马逊向OpenAI投资500亿美元', '亚马逊正在洽谈向OpenAI投资最多500亿美元，此举将加深两家公司的合作关系。', '中国经济'],
  'big5': ['亞馬遜向OpenAI投資500億美元', '亞馬遜正在洽談向OpenAI投資最多500億美元，此舉將加深兩家公司的合作關係。', '台灣經濟'],
  'windows-1252': ['Le café est très populaire à Paris, dit-il.'],
};
it('probe', () => {
  for (const [enc, arr] of Object.entries(samples)) for (const s of arr) {
    const r = decodeText(iconv.encode(s, enc));
    console.log(enc, 'text' in r ? `${r.encoding} ${r.text === s}` : r);
  }
});
