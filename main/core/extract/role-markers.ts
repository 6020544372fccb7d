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
  | 'MOD'; // modifies a noun (오픈AI 경영진, NVIDIA製): weak evidence

type Table = ReadonlyArray<readonly [string, Marker]>;
const byLength = (t: Table): Table => [...t].sort((a, b) => b[0].length - a[0].length);

const KO: Table = byLength([
  ['으로부터', 'FROM'], ['로부터', 'FROM'], ['에게서', 'FROM'], ['한테서', 'FROM'],
  ['에 대한', 'OBJ'], ['에 대해', 'OBJ'], ['에게', 'OBJ'], ['한테', 'OBJ'], ['에다', 'OBJ'], ['에는', 'OBJ'], ['에도', 'OBJ'], ['에만', 'OBJ'], ['에', 'OBJ'],
  ['에서는', 'AT'], ['에서도', 'AT'], ['에서', 'AT'],
  ['께서', 'SUBJ'], ['이', 'SUBJ'], ['가', 'SUBJ'], ['은', 'TOPIC'], ['는', 'TOPIC'], ['도', 'TOPIC'], ['만', 'TOPIC'],
  ['의', 'GEN'], ['와의', 'WITH'], ['과의', 'WITH'], ['와는', 'WITH'], ['과는', 'WITH'], ['와', 'WITH'], ['과', 'WITH'], ['하고', 'WITH'], ['이랑', 'WITH'], ['랑', 'WITH'],
  ['이나', 'COORD'], ['나', 'COORD'],
  ['을', 'ACC'], ['를', 'ACC'],
  [',', 'TOPIC'], ['，', 'TOPIC'],
]);
const JA: Table = byLength([
  ['に対して', 'OBJ'], ['に対し', 'OBJ'], ['にとって', 'MOD'], ['について', 'MOD'], ['によって', 'AGENT'], ['により', 'AGENT'], ['による', 'AGENT'],
  ['への', 'OBJ'], ['へ', 'OBJ'], ['には', 'OBJ'], ['にも', 'OBJ'], ['に', 'OBJ'],
  ['からの', 'FROM'], ['から', 'FROM'], ['では', 'MOD'], ['で', 'MOD'],
  ['との', 'WITH'], ['とは', 'WITH'], ['と', 'WITH'],
  ['は', 'TOPIC'], ['が', 'SUBJ'], ['も', 'TOPIC'], ['の', 'GEN'], ['を', 'ACC'], ['や', 'COORD'],
  ['、', 'TOPIC'], [',', 'TOPIC'],
]);
// Chinese: the word after a mention (A将/A向 → A acts) …
const ZH_AFTER: Table = byLength([
  ['的', 'GEN'], ['向', 'SUBJ'], ['对', 'SUBJ'], ['對', 'SUBJ'], ['给', 'SUBJ'], ['給', 'SUBJ'], ['将', 'SUBJ'], ['將', 'SUBJ'], ['拟', 'SUBJ'], ['擬', 'SUBJ'],
  ['已', 'SUBJ'], ['计划', 'SUBJ'], ['計劃', 'SUBJ'], ['宣布', 'SUBJ'], ['表示', 'SUBJ'], ['称', 'SUBJ'], ['稱', 'SUBJ'], ['正', 'SUBJ'], ['同意', 'SUBJ'],
  ['决定', 'SUBJ'], ['決定', 'SUBJ'], ['也', 'SUBJ'], ['还', 'SUBJ'], ['還', 'SUBJ'], ['则', 'SUBJ'], ['則', 'SUBJ'], ['于', 'SUBJ'], ['於', 'SUBJ'], ['在', 'SUBJ'],
  ['以', 'SUBJ'], ['通过', 'SUBJ'], ['透過', 'SUBJ'], ['曾', 'SUBJ'], ['获得', 'SUBJ'], ['獲得', 'SUBJ'], ['获', 'SUBJ'], ['獲', 'SUBJ'], ['完成', 'SUBJ'],
  ['与', 'SUBJ'], ['與', 'SUBJ'], ['和', 'SUBJ'], ['跟', 'SUBJ'], ['，', 'TOPIC'], [',', 'TOPIC'], ['：', 'TOPIC'],
]);
// … and the coverb before it (向B投资 → B receives).
const ZH_BEFORE: Table = byLength([
  ['向', 'OBJ'], ['对', 'OBJ'], ['對', 'OBJ'], ['给', 'OBJ'], ['給', 'OBJ'], ['为', 'OBJ'], ['為', 'OBJ'],
  ['从', 'FROM'], ['從', 'FROM'], ['来自', 'FROM'], ['來自', 'FROM'], ['获得', 'FROM'], ['獲得', 'FROM'], ['获', 'FROM'], ['獲', 'FROM'],
  ['由', 'AGENT'], ['被', 'AGENT'],
  ['与', 'WITH'], ['與', 'WITH'], ['和', 'WITH'], ['跟', 'WITH'], ['同', 'WITH'], ['及', 'COORD'], ['、', 'COORD'],
]);
const EN_BEFORE = new Map<string, Marker>([
  ['in', 'OBJ'], ['into', 'OBJ'], ['to', 'OBJ'], ['on', 'OBJ'], ['from', 'FROM'], ['by', 'AGENT'], ['with', 'WITH'], ['of', 'OF'], ['for', 'FOR'],
  ['and', 'COORD'], ['&', 'COORD'], ['at', 'MOD'], ['including', 'MOD'], ['like', 'MOD'], ['as', 'MOD'], ['than', 'MOD'], ['between', 'MOD'],
]);

/** Nouns that stand for the organisation itself ("오픈AI 이사회가" → OpenAI is the subject). */
const KO_PARTS = ['이사회', '경영진', '이사진', '관계자', '최고경영자', '대변인', '본사', 'CEO', '측'];
const JA_PARTS = ['取締役会', '最高経営責任者', '経営陣', '幹部', '首脳', '本社', 'グループ', 'CEO', '社', '側', '氏'];
const ZH_PARTS = ['董事会', '董事會', '高管', '方面', '公司', '集团', '集團', 'CEO'];

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

function korean(text: string, end: number, to: number): Marker {
  let p = skipAside(text, end, to);
  p = skipPart(text, p, KO_PARTS, true);
  const w = lookup(text, p, KO);
  if (w === null) return 'MOD';
  // A one-syllable particle followed by more Hangul is the start of another word (아마존이라는 …).
  const after = p + w.length;
  if (w.length === 1 && after < to && isHangul(text.charCodeAt(after)) && !(w === '도' || w === '만')) return 'MOD';
  return KO.find(([x]) => x === w)![1];
}

function japanese(text: string, end: number, to: number): Marker {
  let p = skipAside(text, end, to);
  p = skipPart(text, p, JA_PARTS, false);
  const w = lookup(text, p, JA);
  return w === null ? 'MOD' : JA.find(([x]) => x === w)![1];
}

function chinese(text: string, start: number, end: number, from: number, to: number, cueEnds: ReadonlySet<number>): Marker {
  let b = start;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  if (cueEnds.has(b) || (b > from && text[b - 1] === '了' && cueEnds.has(b - 1))) return 'POSTVERB';
  for (const [w, m] of ZH_BEFORE) if (b - w.length >= from && text.startsWith(w, b - w.length)) return m;
  let p = skipAside(text, end, to);
  p = skipPart(text, p, ZH_PARTS, false);
  while (p < to && isSpace(text.charCodeAt(p))) p++;
  const w = lookup(text, p, ZH_AFTER);
  return w === null ? 'BARE' : ZH_AFTER.find(([x]) => x === w)![1];
}

function english(text: string, start: number, end: number, from: number, to: number, cueEnds: ReadonlySet<number>): Marker {
  const after = text.slice(end, Math.min(to, end + 8)).toLowerCase();
  if (after.startsWith("'s") || after.startsWith('’s') || (after.startsWith("'") && !isLatinWordChar(after.charCodeAt(1)))) return 'GEN';
  if (after.startsWith('-backed') || after.startsWith('-led') || after.startsWith('-owned') || after.startsWith('-controlled')) return 'BACKER';
  let b = start;
  while (b > from && isSpace(text.charCodeAt(b - 1))) b--;
  if (cueEnds.has(b)) return 'POSTVERB';
  let w = previousWord(text, b, from);
  if (w.word === 'the' || w.word === 'a') w = previousWord(text, w.start, from);
  if (cueEnds.has(w.end) && w.word !== '') return 'POSTVERB';
  return EN_BEFORE.get(w.word) ?? 'BARE';
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
 * `cueEnds`: positions where a metric cue word ends (for POSTVERB).
 */
export function markerOf(text: string, start: number, end: number, from: number, to: number, lang: LangFamily, cueEnds: ReadonlySet<number>): Marker {
  switch (lang) {
    case 'ko':
      return korean(text, end, to);
    case 'ja':
      return japanese(text, end, to);
    case 'zh':
      return chinese(text, start, end, from, to, cueEnds);
    default:
      return english(text, start, end, from, to, cueEnds);
  }
}

/** Words that turn a clause around: the grammatical subject receives the money (투자받다, 受ける, 获得, raised). */
const INVERSION: Record<LangFamily, readonly string[]> = {
  ko: ['투자받', '투자를 받', '지원받', '유치', '받았', '받는다', '받을', '받기로', '받아', '받게'],
  ja: ['受け', '受ける', '獲得', '調達'],
  zh: ['获得', '獲得', '获投', '獲投', '拿到', '接受', '获', '獲'],
  en: ['raised', 'raises', 'raising', 'raise', 'received', 'receives', 'receiving', 'receive', 'secured', 'secures', 'got', 'gets', 'attracted', 'landed', 'closed'],
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
