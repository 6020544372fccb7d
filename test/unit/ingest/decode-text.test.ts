import { describe, expect, it } from 'vitest';
import { decodeText, isIngestError } from '../../../main/core/ingest';
import {
  encode,
  EN_BODY,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  utf8,
  ZH_HANS_BODY,
  ZH_HANS_TITLE,
  ZH_HANT_BODY,
  ZH_HANT_TITLE,
} from './helpers';

function decoded(bytes: Uint8Array, declared?: string | null) {
  const result = decodeText(bytes, declared);
  if (isIngestError(result)) throw new Error(result.message);
  return result;
}

// Texts limited to each legacy charset's repertoire.
const KO_KSX =
  '정부는 올해 반도체 산업에 500억 달러(약 70조원)를 투자한다고 밝혔다. 관계자는 투자 규모가 역대 최대라고 설명했다.';
const KO_CP949 =
  '똠방각하 뷁 사건 이후 햏자 커뮤니티는 500억 원 규모의 펀드를 조성했다. 똠양꿍 가게도 문을 열었다.';

describe('decodeText: legacy CJK charsets (paragraph-length)', () => {
  const cases: Array<[string, string, string, string[]]> = [
    ['EUC-KR', 'euc-kr', KO_KSX, ['euc-kr']],
    ['CP949 (UHC extension syllables)', 'cp949', KO_CP949, ['cp949']],
    ['EUC-KR article', 'euc-kr', `${KO_TITLE}\n\n${KO_BODY}`, ['euc-kr', 'cp949']],
    ['Shift_JIS', 'shift_jis', `${JA_TITLE}\n\n${JA_BODY}`, ['shift_jis']],
    ['GB18030', 'gb18030', `${ZH_HANS_TITLE}\n\n${ZH_HANS_BODY}`, ['gb18030']],
    ['GBK', 'gbk', ZH_HANS_BODY, ['gb18030']],
    ['Big5', 'big5', `${ZH_HANT_TITLE}\n\n${ZH_HANT_BODY}`, ['big5']],
  ];
  for (const [name, charset, text, expected] of cases) {
    it(`decodes ${name}`, () => {
      const result = decoded(encode(text, charset));
      expect(result.text).toBe(text);
      expect(expected).toContain(result.encoding);
    });
  }
});

describe('decodeText: short CJK texts (titles; title + one sentence) where jschardet is unsure', () => {
  const cases: Array<[string, string, string]> = [
    ['euc-kr', 'euc-kr', '정부, 반도체에 500억 달러 투자'],
    ['cp949', 'cp949', '똠방각하 뷁 투자 500억 달러'],
    ['shift_jis', 'shift_jis', 'アマゾン、OpenAIに100億ドル投資'],
    ['gb18030', 'gb18030', '亚马逊向OpenAI投资500亿美元'],
    ['big5', 'big5', '亞馬遜向OpenAI投資500億美元'],
    ['shift_jis', 'shift_jis', '日本経済'],
    ['gb18030', 'gb18030', '中国经济'],
    ['big5', 'big5', '台灣經濟'],
    ['euc-kr', 'euc-kr', '정부 발표\n정부는 반도체 산업에 500억 달러를 투자한다고 밝혔다.'],
    ['cp949', 'cp949', '똠방각하 펀드\n똠방각하 사건 이후 500억 원 규모의 펀드가 조성됐다.'],
    ['shift_jis', 'shift_jis', 'アマゾン出資\nアマゾンがOpenAIに100億ドルを出資する。'],
    ['gb18030', 'gb18030', '亚马逊投资\n亚马逊将向OpenAI投资500亿美元。'],
    ['big5', 'big5', '亞馬遜投資\n亞馬遜將向OpenAI投資500億美元。'],
  ];
  for (const [charset, expected, text] of cases) {
    it(`decodes "${text}" as ${expected}`, () => {
      const result = decoded(encode(text, charset));
      expect(result.text).toBe(text);
      expect(result.encoding).toBe(expected);
    });
  }
});

describe('decodeText: Unicode', () => {
  it('decodes UTF-8 and strips a UTF-8 BOM', () => {
    expect(decoded(utf8(KO_BODY))).toEqual({ text: KO_BODY, encoding: 'utf-8' });
    const result = decoded(encode(JA_BODY, 'utf-8', true));
    expect(result.text).toBe(JA_BODY);
    expect(result.encoding).toBe('utf-8');
  });

  for (const charset of ['utf-16le', 'utf-16be']) {
    for (const bom of [true, false]) {
      it(`decodes ${charset} ${bom ? 'with' : 'without'} BOM (ko, ja, en)`, () => {
        for (const text of [KO_BODY, `${JA_TITLE}\n\n${JA_BODY}`, EN_BODY]) {
          const result = decoded(encode(text, charset, bom));
          expect(result.text).toBe(text);
          expect(result.encoding).toBe(charset);
        }
      });
    }
  }

  it('decodes a short UTF-16LE text without BOM', () => {
    const result = decoded(encode('OpenAI 500억 달러', 'utf-16le'));
    expect(result).toEqual({ text: 'OpenAI 500억 달러', encoding: 'utf-16le' });
  });

  it('decodes windows-1252 Latin text', () => {
    const text =
      'Le café « Amazon » investirait 50 milliards de dollars dans OpenAI, selon des sources proches du dossier. Déjà très présent.';
    const result = decoded(encode(text, 'windows-1252'));
    expect(result.text).toBe(text);
    expect(result.encoding).toBe('windows-1252');
  });
});

describe('decodeText: declared charsets', () => {
  it('uses a correct declaration', () => {
    const result = decoded(encode(JA_BODY, 'shift_jis'), 'Shift_JIS');
    expect(result).toEqual({ text: JA_BODY, encoding: 'shift_jis' });
    expect(decoded(encode(ZH_HANS_BODY, 'gbk'), 'GB2312').encoding).toBe('gb18030');
    expect(decoded(encode(KO_KSX, 'euc-kr'), 'ks_c_5601-1987').encoding).toBe('euc-kr');
  });

  it('rejects a declared shift_jis when the bytes are UTF-8', () => {
    const result = decoded(utf8(JA_BODY), 'shift_jis');
    expect(result.text).toBe(JA_BODY);
    expect(result.encoding).toBe('utf-8');
    expect(result.rejectedDeclaredCharset).toBe('shift_jis');
  });

  it('rejects a declared iso-8859-1 when the bytes are EUC-KR', () => {
    const result = decoded(encode(KO_BODY, 'euc-kr'), 'iso-8859-1');
    expect(result.text).toBe(KO_BODY);
    expect(['euc-kr', 'cp949']).toContain(result.encoding);
    expect(result.rejectedDeclaredCharset).toBe('windows-1252');
  });

  it('rejects a declared euc-kr when the bytes are Big5', () => {
    const result = decoded(encode(ZH_HANT_BODY, 'big5'), 'euc-kr');
    expect(result.text).toBe(ZH_HANT_BODY);
    expect(result.encoding).toBe('big5');
  });

  it('rejects a declared utf-8 when the bytes are GB18030', () => {
    const result = decoded(encode(ZH_HANS_BODY, 'gb18030'), 'utf-8');
    expect(result.text).toBe(ZH_HANS_BODY);
    expect(result.encoding).toBe('gb18030');
    expect(result.rejectedDeclaredCharset).toBe('utf-8');
  });

  it('ignores an unknown declared label', () => {
    expect(decoded(utf8(EN_BODY), 'x-no-such-charset')).toEqual({ text: EN_BODY, encoding: 'utf-8' });
  });
});

describe('decodeText: binary input', () => {
  const magic: Array<[string, number[]]> = [
    ['PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]],
    ['JPEG image', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['GIF image', [...utf8('GIF89a'), 1, 0]],
    ['PDF document', [...utf8('%PDF-1.7\n')]],
    ['ZIP archive', [0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]],
    ['GZIP archive', [0x1f, 0x8b, 8, 0, 0, 0]],
  ];
  for (const [kind, bytes] of magic) {
    it(`rejects ${kind}`, () => {
      const result = decodeText(new Uint8Array(bytes));
      expect(isIngestError(result) && result.code).toBe('binary-file');
      expect(isIngestError(result) && result.message).toBe(`binary file (${kind}), not an article`);
    });
  }

  it('rejects NUL bytes scattered over both byte parities', () => {
    const bytes = new Uint8Array(256).map((_, i) => (i * 37) % 256);
    const result = decodeText(bytes);
    expect(isIngestError(result) && result.code).toBe('binary-file');
  });

  it('decodes empty input to empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
