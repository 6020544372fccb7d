import { describe, expect, it } from 'vitest';
import { findNumbers, type QuantityLang } from '../../../shared/quantity/index';

function numbers(text: string, lang?: QuantityLang): Array<[string, number]> {
  return findNumbers(text, lang ? { lang } : {}).map((n) => {
    expect(text.slice(n.span[0], n.span[1])).toBe(n.text);
    return [n.text, n.value];
  });
}

describe('findNumbers', () => {
  const rows: Array<[string, Array<[string, number]>, QuantityLang?]> = [
    ['1,234,567', [['1,234,567', 1234567]]],
    [
      '192.168.1.2',
      [
        ['192', 192],
        ['168', 168],
        ['1', 1],
        ['2', 2],
      ],
    ],
    ['-9.2321312', [['-9.2321312', -9.2321312]]],
    ['.5', [['.5', 0.5]]],
    ['1e10', [['1e10', 10000000000]]],
    ['10k', [['10k', 10000]]],
    ['2 million', [['2 million', 2000000]]],
    ['1 234 567', [['1 234 567', 1234567]]],
    ['12,34,567.89', [['12,34,567.89', 1234567.89]]],
    ['twenty-one trillion three hundred', [['twenty-one trillion three hundred', 21000000000300]]],
    ['two hundred point zero three', [['two hundred point zero three', 200.03]]],
    ['I can give you 3 hundred and 21 yuan.', [['3 hundred and 21', 321]]],
    ['The answer is minus one', [['minus one', -1]]],
    ['The one you mentioned is invalid', []],
    ['the 180ml liquid', []],
    ['四千万零六千', [['四千万零六千', 40006000]]],
    ['一万三', [['一万三', 13000]], 'zh'],
    ['一万三', [['一万三', 10003]], 'ja'],
    ['两千四百五', [['两千四百五', 2450]], 'zh'],
    ['负三十二', [['负三十二', -32]]],
    ['1,100.9亿', [['1,100.9亿', 110090000000]]],
    ['４，５６５', [['４，５６５', 4565]]],
    ['一切准备就绪', []],
    ['我家在四川', []],
    ['一只', [['一', 1]]],
    [
      '答案是四不是五',
      [
        ['四', 4],
        ['五', 5],
      ],
    ],
    ['이십일조 삼백', [['이십일조 삼백', 21000000000300]]],
    ['그 나무는 192살입니다', [['192', 192]]],
    ['정답은 마이너스 일입니다.', [['마이너스 일', -1]]],
    ['이번 주에 사는 곳', []],
    ['2억 4천 4백만', [['2억 4천 4백만', 244000000]]],
    ['500억 달러', [['500억', 50000000000]]],
    ['百分之十五', [['十五', 15]]],
    ['マイナス10000', [['マイナス10000', -10000]]],
  ];
  for (const [text, want, lang] of rows) it(text, () => expect(numbers(text, lang)).toEqual(want));
});
