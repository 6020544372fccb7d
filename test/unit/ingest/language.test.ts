import { describe, expect, it } from 'vitest';
import { detectLanguage, normalizeLanguageTag } from '../../../main/core/ingest';
import {
  EN_BODY,
  EN_TITLE,
  JA_BODY,
  JA_TITLE,
  KO_BODY,
  KO_TITLE,
  ZH_HANS_BODY,
  ZH_HANS_TITLE,
  ZH_HANT_BODY,
  ZH_HANT_TITLE,
} from './helpers';

describe('detectLanguage: script first for CJK', () => {
  it.each([
    ['ko', KO_BODY],
    ['ko', KO_TITLE],
    ['ja', JA_BODY],
    ['ja', JA_TITLE],
    ['zh', ZH_HANS_BODY],
    ['zh', ZH_HANS_TITLE],
    ['zh', ZH_HANT_BODY],
    ['zh', ZH_HANT_TITLE],
  ])('%s: %s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('treats Korean with Hanja as Korean and Japanese with many kanji as Japanese', () => {
    expect(detectLanguage('韓美 정상회담에서 半導體 협력 방안을 논의했다')).toBe('ko');
    expect(detectLanguage('日本銀行総裁は金融政策決定会合後の記者会見で追加利上げを示唆した')).toBe('ja');
  });

  it('judges mixed Latin/CJK text by its CJK part', () => {
    expect(detectLanguage('OpenAI와 Amazon Web Services(AWS)의 계약 규모는 380억 달러다')).toBe('ko');
  });

  it('does not call an English article with a few CJK names Chinese', () => {
    expect(detectLanguage(`${EN_BODY} The Chinese name of the company is 亚马逊.`)).toBe('en');
  });
});

describe('detectLanguage: other languages', () => {
  it('recognises English, including a short headline', () => {
    expect(detectLanguage(EN_BODY)).toBe('en');
    expect(detectLanguage(EN_TITLE)).toBe('en');
    expect(detectLanguage('Amazon weighs the deal with the ChatGPT maker')).toBe('en');
  });

  it.each([
    [
      'fr',
      "Amazon serait en discussions pour investir jusqu'à 50 milliards de dollars dans OpenAI, selon des personnes proches du dossier, une opération liée à l'introduction en bourse.",
    ],
    [
      'de',
      'Amazon verhandelt Berichten zufolge über eine Investition von bis zu 50 Milliarden Dollar in OpenAI, wobei das Geld an einen Börsengang geknüpft sein soll.',
    ],
    [
      'es',
      'Amazon negocia invertir hasta 50.000 millones de dólares en OpenAI, según personas familiarizadas con el asunto, en un acuerdo ligado a su salida a bolsa.',
    ],
    [
      'ru',
      'Компания Amazon ведет переговоры об инвестициях в OpenAI на сумму до 50 миллиардов долларов, сообщили источники, знакомые с ситуацией.',
    ],
  ])('%s', (expected, text) => {
    expect(detectLanguage(text)).toBe(expected);
  });

  it('returns null for text too short to tell', () => {
    expect(detectLanguage('')).toBeNull();
    expect(detectLanguage('OK')).toBeNull();
    expect(detectLanguage('$50bn')).toBeNull();
    expect(detectLanguage('12,345 — 67%')).toBeNull();
  });
});

describe('normalizeLanguageTag', () => {
  it.each([
    ['ko-KR', 'ko'],
    ['zh-Hant-TW', 'zh'],
    ['ja_JP', 'ja'],
    ['EN', 'en'],
    ['English', 'en'],
    ['kor', 'ko'],
    ['', null],
    ['not a tag', null],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeLanguageTag(tag)).toBe(expected);
  });
});
