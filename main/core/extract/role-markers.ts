/**
 * What grammar says about an entity mention's role, per language: the particle after it
 * (ko 이/가/은/는/에/의…, ja が/は/に/の/から…), the coverb or preposition before it
 * (zh 向/对/从/由, en in/from/by/of), or its position. The role picker turns these into
 * subject/object; this file only reads the surface.
 */
import { isHangul, isLatinWordChar, isSpace, type LangFamily } from './text-scripts';

export type Marker =
  | 'SUBJ' // ko 이/가, ja が, zh "A将/A向…", subject of the clause
  | 'TOPIC' // ko 은/는, ja は
  | 'OBJ' // recipient: ko 에/에게, ja に/へ/に対し, zh 向/对, en in/into/to
  | 'ACC' // accusative: ko 을/를, ja を
  | 'GEN' // possessor: ko 의, ja の, zh 的, en 's
  | 'FROM' // source: ko 로부터, ja から, zh 从/获, en from
  | 'AT' // ko 에서: "from" after receive-verbs, a place otherwise
  | 'AGENT' // en by, ja により, zh 由/被
  | 'WITH' // ko 와/과, ja と, zh 与/和, en with
  | 'OF' // en of
  | 'FOR' // en for
  | 'BACKER' // en "A-backed B"
  | 'POSTVERB' // right after a cue verb: "acquire U.S. Steel", "收购美国钢铁"
  | 'COORD' // second of a coordination: "A and B", "A や B"
  | 'BARE' // no marker (English/Chinese word order decides)
  | 'CUEMOD' // ko/ja compound with a metric noun: "테슬라 주가", "오픈AI 지분", "OpenAI評価額"
  | 'MOD'; // modifies a noun (오픈AI 경영진, NVIDIA製): weak evidence

export interface CuePositions {
  starts: ReadonlySet<number>;
  ends: ReadonlySet<number>;
}

type Table = ReadonlyArray<readonly [string, Marker]>;
/** Builds a table from 'marker: word|word|…' groups; longest words first so 에서 wins over 에. */
function table(groups: Partial<Record<Marker, string>>): Table {
  const rows: Array<readonly [string, Marker]> = [];
  for (const [marker, words] of Object.entries(groups) as Array<[Marker, string]>)
    for (const w of words.split('|')) rows.push([w, marker]);
  return rows.sort((a, b) => b[0].length - a[0].length);
}

const KO = table({
  FROM: '으로부터|로부터|에게서|한테서',
  OBJ: '에 대한|에 대해|에게|한테|에다|에는|에도|에만|에',
  AT: '에서는|에서도|에서',
  SUBJ: '께서|이|가',
  TOPIC: '은|는|도|만|,|，',
  GEN: '의',
  WITH: '와의|과의|와는|과는|와|과|하고|이랑|랑',
  COORD: '이나|나',
  ACC: '을|를',
});
const JA = table({
  OBJ: 'に対して|に対し|への|へ|には|にも|に',
  MOD: 'にとって|について|では|で',
  AGENT: 'によって|により|による',
  FROM: 'からの|から',
  WITH: 'との|とは|と',
  TOPIC: 'は|も|、|,',
  SUBJ: 'が',
  GEN: 'の',
  ACC: 'を',
  COORD: 'や',
});
// Chinese: the word after a mention (A将/A向 → A acts) …
const ZH_AFTER = table({
  GEN: '的',
  SUBJ: '向|对|對|给|給|将|將|拟|擬|已|计划|計劃|宣布|表示|称|稱|正|同意|决定|決定|也|还|還|则|則|于|於|在|以|通过|透過|曾|获得|獲得|获|獲|完成|与|與|和|跟',
  TOPIC: '，|,|：',
});
// … and the coverb before it (向B投资 → B receives).
const ZH_BEFORE = table({
  OBJ: '向|对|對|给|給|为|為',
  FROM: '从|從|来自|來自|获得|獲得|获|獲',
  AGENT: '由|被',
  // 在X: a place ("在白宮宣布", "在美國投資"), not a party.
  MOD: '在',
  WITH: '与|與|和|跟|同',
  COORD: '及|、',
});
const EN_BEFORE = new Map<string, Marker>([
  ['in', 'OBJ'],
  ['into', 'OBJ'],
  ['to', 'OBJ'],
  ['on', 'OBJ'],
  ['from', 'FROM'],
  ['by', 'AGENT'],
  ['with', 'WITH'],
  ['of', 'OF'],
  ['for', 'FOR'],
  ['and', 'COORD'],
  ['&', 'COORD'],
  ['at', 'MOD'],
  ['including', 'MOD'],
  ['like', 'MOD'],
  ['as', 'MOD'],
  ['than', 'MOD'],
  ['between', 'MOD'],
]);

const EN_BACKER_SUFFIXES = ['-backed', '-led', '-owned', '-controlled', '-funded'];
// Verbs whose first bare noun after them is the recipient: "give Intel $7.86 billion", "fined Google".
const EN_GIVING_VERBS = new Set(
  'give gives gave given giving grant grants granted award awards awarded pay pays paid lend lends lent offer offers offered provide provides provided sell sells sold fine fines fined charge charges charged owe owes owed back backs backed hand hands handed loan loans loaned'.split(
    ' ',
  ),
);

/** Nouns that stand for the organisation itself ("오픈AI 이사회가" → OpenAI is the subject). */
// Also "etc." words: "三菱UFJなどからの" → the particle after など belongs to 三菱UFJ.
const KO_PARTS = ['이사회', '경영진', '이사진', '관계자', '최고경영자', '대변인', '본사', 'CEO', '측', '등'];
// prettier-ignore
const JA_PARTS = ['取締役会', '最高経営責任者', '経営陣', '幹部', '首脳', '本社', 'グループ', 'CEO', '社', '側', '氏', 'など', 'ら'];
const ZH_PARTS = [
  '董事会',
  '董事會',
  '董事长',
  '董事長',
  '总裁',
  '總裁',
  '执行长',
  '執行長',
  '首席执行官',
  '高管',
  '方面',
  '公司',
  '集团',
  '集團',
  'CEO',
  '等',
];

function skipAside(text: string, pos: number, to: number): number {
  const c = text.charCodeAt(pos);
  if (c !== 0x28 && c !== 0xff08) return pos;
  const close = c === 0x28 ? ')' : '）';
  const end = text.indexOf(close, pos + 1);
  return end < 0 || end >= to || end - pos > 40 ? pos : end + 1;
}

function skipPart(text: string, pos: number, parts: readonly string[], allowSpace: boolean): number {
  const p = allowSpace && text.charCodeAt(pos) === 32 ? pos + 1 : pos;
  for (const w of parts) if (text.startsWith(w, p)) return p + w.length;
  return pos;
}

function lookup(text: string, pos: number, table: Table): string | null {
  for (const [w] of table) if (text.startsWith(w, pos)) return w;
  return null;
}

/** The mention directly modifies a metric noun (one optional space between). */
function beforeCue(text: string, p: number, cues: CuePositions): boolean {
  return cues.starts.has(p) || (text.charCodeAt(p) === 32 && cues.starts.has(p + 1));
}

function korean(text: string, end: number, to: number, cues: CuePositions): Marker {
  let p = skipAside(text, end, to);
  if (beforeCue(text, p, cues)) return 'CUEMOD';
  p = skipPart(text, p, KO_PARTS, true);
  const w = lookup(text, p, KO);
  if (w === null) return 'MOD';
  // A one-syllable particle followed by more Hangul is the start of another word (아마존이라는 …).
  const after = p + w.length;
  if (w.length === 1 && after < to && isHangul(text.charCodeAt(after)) && !(w === '도' || w === '만'))
    return 'MOD';
  return KO.find(([x]) => x === w)![1];
}

function japanese(text: string, end: number, to: number, cues: CuePositions): Marker {
  let p = skipAside(text, end, to);
  if (beforeCue(text, p, cues)) return 'CUEMOD';
  p = skipPart(text, p, JA_PARTS, false);
  const w = lookup(text, p, JA);
  return w === null ? 'MOD' : JA.find(([x]) => x === w)![1];
}

function chinese(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  cues: CuePositions,
): Marker {
  let b = start;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  if (cues.ends.has(b) || (b > from && text[b - 1] === '了' && cues.ends.has(b - 1))) return 'POSTVERB';
  for (const [w, m] of ZH_BEFORE) if (b - w.length >= from && text.startsWith(w, b - w.length)) return m;
  let p = skipAside(text, end, to);
  p = skipPart(text, p, ZH_PARTS, false);
  while (p < to && isSpace(text.charCodeAt(p))) p++;
  const w = lookup(text, p, ZH_AFTER);
  return w === null ? 'BARE' : ZH_AFTER.find(([x]) => x === w)![1];
}

function english(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  cues: CuePositions,
): Marker {
  let b = start;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  let w = previousWord(text, b, from);
  if (w.word === 'the' || w.word === 'a') w = previousWord(text, w.start, from);
  const before = EN_BEFORE.get(w.word);
  // A governing preposition wins over a possessive: "in U.S. Steel's plants" → U.S. Steel receives.
  if (before === 'OBJ' || before === 'FROM' || before === 'AGENT' || before === 'WITH') return before;
  const after = text.slice(end, Math.min(to, end + 12)).toLowerCase();
  if (
    after.startsWith("'s") ||
    after.startsWith('’s') ||
    (after.startsWith("'") && !isLatinWordChar(after.charCodeAt(1)))
  )
    return 'GEN';
  if (EN_BACKER_SUFFIXES.some((x) => after.startsWith(x))) return 'BACKER';
  if (cues.ends.has(b) || (cues.ends.has(w.end) && w.word !== '') || EN_GIVING_VERBS.has(w.word))
    return 'POSTVERB';
  return before ?? 'BARE';
}

function previousWord(text: string, pos: number, from: number): { word: string; start: number; end: number } {
  let e = pos;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > from && (isLatinWordChar(text.charCodeAt(s - 1)) || text[s - 1] === '&')) s--;
  return { word: text.slice(s, e).toLowerCase(), start: s, end: e };
}

/**
 * The marker of the mention text[start, end) inside the sentence text[from, to).
 * `cues`: where metric cue words start and end (for CUEMOD and POSTVERB).
 */
export function markerOf(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
  lang: LangFamily,
  cues: CuePositions,
): Marker {
  // 對美投資, 대미 투자, 対米投資: the Sino-Korean/Japanese prefix 對 ("toward") marks the recipient.
  if (lang !== 'en' && end - start <= 3 && TOWARD_PREFIX.includes(text.charAt(start))) return 'OBJ';
  switch (lang) {
    case 'ko':
      return korean(text, end, to, cues);
    case 'ja':
      return japanese(text, end, to, cues);
    case 'zh':
      return chinese(text, start, end, from, to, cues);
    default:
      return english(text, start, end, from, to, cues);
  }
}

const TOWARD_PREFIX = '对對대対';

/** Words that turn a clause around: the grammatical subject receives the money (투자받다, 受ける, 获得, raised). */
const INVERSION: Record<LangFamily, readonly string[]> = {
  ko: ['투자받', '투자를 받', '지원받', '유치', '받았', '받는다', '받을', '받기로', '받아', '받게'],
  ja: ['受け', '受ける', '獲得', '調達'],
  zh: ['获得', '獲得', '获投', '獲投', '拿到', '接受', '获', '獲'],
  en: [
    'raised',
    'raises',
    'raising',
    'raise',
    'received',
    'receives',
    'receiving',
    'receive',
    'secured',
    'secures',
    'got',
    'gets',
    'attracted',
    'landed',
    'closed',
  ],
};

export function clauseIsInverted(text: string, from: number, to: number, lang: LangFamily): boolean {
  const clause = lang === 'en' ? text.slice(from, to).toLowerCase() : text.slice(from, to);
  for (const w of INVERSION[lang]) {
    const i = clause.indexOf(w);
    if (i < 0) continue;
    if (lang !== 'en') return true;
    const before = i === 0 ? 32 : clause.charCodeAt(i - 1);
    const afterC = i + w.length >= clause.length ? 32 : clause.charCodeAt(i + w.length);
    if (!isLatinWordChar(before) && !isLatinWordChar(afterC)) return true;
  }
  return false;
}
