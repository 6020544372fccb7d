/**
 * Conditions attached to an amount ("오픈AI가 상장하거나 AGI에 도달할 경우", "if OpenAI goes
 * public", "この契約が締結されれば", "如果…"). They become the claim's note, and entities inside a
 * condition are not parties to the amount (in "OpenAI가 상장할 경우 350억 달러를 추가", OpenAI is
 * not the investor).
 *
 * ko/ja put the condition before the main clause and end it with a marker (경우, 면, れば, 場合);
 * en/zh start it with a marker (if, once, 如果, 一旦) and run to the end of the clause.
 */
import { clauseEnd, clauseIndex, type SentenceLayout } from './clauses';
import type { Sentence } from './sentences';
import { isHangul, isLatinWordChar, type LangFamily } from './text-scripts';

export interface Condition {
  start: number;
  end: number;
  clause: number;
  /** The condition runs to the end of its clause, so it governs the next clause too. */
  endsClause: boolean;
  /** A parenthesised condition: it qualifies its whole clause, wherever the amount is. */
  aside: boolean;
  text: string;
}

const KO_END_MARKERS = ['경우', '조건으로', '조건부로', '전제로', '시에는', '시에'];
const JA_END_MARKERS = ['場合', '条件として', '条件に', 'を条件', '前提として', '前提に'];
const ZH_START_MARKERS = ['如果', '假如', '倘若', '一旦', '只要', '前提是', '条件是', '條件是', '若'];
const EN_START_MARKERS = [
  'if',
  'provided that',
  'contingent on',
  'contingent upon',
  'subject to',
  'on condition that',
  'once',
  'unless',
  'as long as',
  'in the event',
];
const PAREN_CONDITION = ['条件', '조건', '條件', 'condition'];
const KO_NOT_CONDITION_EN = new Set(['반', '측', '전', '방', '국', '화', '장']); // 반면, 측면 … are not "-면" endings
// "-면" forms that introduce a source or a viewpoint, not a condition.
const KO_NOT_CONDITION_WORDS = ['따르면', '의하면', '보면', '비하면', '말하면', '치면', '하자면'];
const JA_NOT_CONDITION_WORDS = ['によれば', '例えば', 'いわば', '言えば', '見れば', 'できれば'];
const JA_BA_STEMS = new Set('れけせてねめえべげぜでぺへ'.split(''));

/** Korean syllable with final ㄹ (할, 될, 을) or an adnominal 는/은/한/된: "할 경우", "하는 경우". */
function koAdnominal(c: number): boolean {
  if (!isHangul(c) || c < 0xac00) return false;
  return (c - 0xac00) % 28 === 8 || c === 0xb294 || c === 0xc740 || c === 0xd55c || c === 0xb41c;
}

/** End positions (exclusive) of ko/ja condition markers inside text[from, to). */
function endMarkers(text: string, from: number, to: number, lang: 'ko' | 'ja'): number[] {
  const out: number[] = [];
  const sentence = text.slice(from, to);
  const markers = lang === 'ko' ? KO_END_MARKERS : JA_END_MARKERS;
  for (const m of markers) {
    for (let j = sentence.indexOf(m); j >= 0; j = sentence.indexOf(m, j + 1)) {
      const i = from + j;
      if (m === '경우' && !(i >= 2 && text.charCodeAt(i - 1) === 32 && koAdnominal(text.charCodeAt(i - 2))))
        continue;
      if (m === '場合' && i > from && 'そこあの'.includes(text[i - 1]!)) continue; // この場合 = "in this case"
      if (m.startsWith('시') && !(i > from && text.charCodeAt(i - 1) === 32)) continue; // "달성 시에는"
      out.push(i + m.length);
    }
  }
  // Verb endings: ko "-면" (상장하면, 된다면), ja "-ば" (締結されれば), "-たら", "-なら".
  const endings = lang === 'ko' ? ['면'] : ['ば', 'ら'];
  for (const ch of endings)
    for (let j = sentence.indexOf(ch, 1); j >= 0; j = sentence.indexOf(ch, j + 1)) {
      const i = from + j;
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      const prev = text[i - 1]!;
      const boundary = next === 32 || next === 44 || next === 0x3001 || next === 0xff0c;
      const not = (words: readonly string[]): boolean =>
        words.some((w) => text.startsWith(w, i + 1 - w.length));
      if (
        ch === '면' &&
        boundary &&
        isHangul(prev.charCodeAt(0)) &&
        !KO_NOT_CONDITION_EN.has(prev) &&
        !not(KO_NOT_CONDITION_WORDS)
      )
        out.push(i + 1);
      if (ch === 'ば' && JA_BA_STEMS.has(prev) && !not(JA_NOT_CONDITION_WORDS)) out.push(i + 1);
      if (ch === 'ら' && (prev === 'た' || prev === 'だ' || prev === 'な') && boundary) out.push(i + 1);
    }
  return out.sort((a, b) => a - b);
}

function startMarkers(text: string, from: number, to: number, lang: 'en' | 'zh'): number[] {
  const out: number[] = [];
  if (lang === 'zh') {
    const sentence = text.slice(from, to);
    for (const m of ZH_START_MARKERS)
      for (let j = sentence.indexOf(m); j >= 0; j = sentence.indexOf(m, j + 1)) {
        if (m === '若' && sentence[j + 1] === '干') continue; // 若干 = "some"
        out.push(from + j);
      }
    return out.sort((a, b) => a - b);
  }
  const lower = text.slice(from, to).toLowerCase();
  for (const m of EN_START_MARKERS)
    for (let i = lower.indexOf(m); i >= 0; i = lower.indexOf(m, i + 1)) {
      const b = i === 0 ? 32 : lower.charCodeAt(i - 1);
      const a = i + m.length < lower.length ? lower.charCodeAt(i + m.length) : 32;
      if (isLatinWordChar(b) || isLatinWordChar(a)) continue;
      if (
        m === 'once' &&
        (lower.startsWith('once again', i) || lower.slice(Math.max(0, i - 7), i).endsWith('at '))
      )
        continue;
      out.push(from + i);
    }
  return out.sort((a, b) => a - b);
}

/**
 * Conditions of a sentence. `subjectStarts` are starts of subject-marked mentions (이/가, が):
 * a ko/ja condition starts at the last one before its marker (the condition's own subject),
 * `topicEnds` are ends of topic-marked mentions (은/는, は), which stay outside the condition.
 */
export function findConditions(
  text: string,
  s: Sentence,
  layout: SentenceLayout,
  lang: LangFamily,
  subjectStarts: readonly number[],
  topicEnds: readonly number[],
): Condition[] {
  const out: Condition[] = [];
  const add = (start: number, end: number, aside = false): void => {
    while (start < end && (text[start] === ' ' || text[start] === ',' || text[start] === '、')) start++;
    if (end <= start) return;
    const clause = clauseIndex(layout, start);
    const cEnd = clauseEnd(layout, clause, s.end);
    const endsClause = cEnd - end <= 1;
    out.push({ start, end, clause, endsClause, aside, text: text.slice(start, end).trim() });
  };
  for (const [ps, pe] of layout.parens) {
    const inner = text.slice(ps + 1, pe - 1);
    if (PAREN_CONDITION.some((w) => inner.includes(w))) add(ps + 1, pe - 1, true);
  }
  if (lang === 'ko' || lang === 'ja') {
    let lastEnd = -1;
    for (const end of endMarkers(text, s.start, s.end, lang)) {
      if (end <= lastEnd) continue;
      const clause = clauseIndex(layout, end - 1);
      let start = Math.max(layout.clauseStarts[clause]!, lastEnd);
      for (const t of topicEnds) if (t > start && t < end) start = t;
      for (const p of subjectStarts) if (p >= start && p < end) start = p;
      if (out.some((c) => end > c.start && end <= c.end)) continue; // inside a paren condition
      add(start, end);
      lastEnd = end;
    }
  } else {
    for (const start of startMarkers(text, s.start, s.end, lang)) {
      if (out.some((c) => start >= c.start && start < c.end)) continue;
      const clause = clauseIndex(layout, start);
      add(start, clauseEnd(layout, clause, s.end));
    }
  }
  return out;
}

/** Does condition c apply to an amount at pos in clause k? */
export function conditionApplies(c: Condition, pos: number, k: number, lang: LangFamily): boolean {
  if (pos >= c.start && pos < c.end) return true;
  if (c.clause === k) return c.aside || lang === 'en' || lang === 'zh' || pos >= c.start;
  return c.endsClause && k === c.clause + 1;
}
