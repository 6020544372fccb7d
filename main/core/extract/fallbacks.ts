/**
 * Evidence from outside an amount's sentence, in order: the same amount stated earlier in the
 * article (a repeated "350억 달러" is the same money), the previous sentences of the paragraph,
 * then the headline. Each step away lowers the confidence (see local-claim.ts).
 */
import { frameNames, type Doc, type Frame } from './article-doc';
import type { CompiledLexicon } from './lexicon-matcher';
import { confidenceOf, METRIC_STRENGTH, type LocalClaim } from './local-claim';
import { unitKind } from './metric-choice';

/**
 * Claims already built in this article, indexed by amount: the same money is the same unit, value
 * and as-of (a differently dated amount is another fact). A Map keeps this linear on huge inputs.
 */
export class Earlier {
  readonly list: LocalClaim[] = [];
  private readonly byAmount = new Map<string, LocalClaim[]>();
  private static key(c: LocalClaim): string {
    return `${c.q.unit}|${c.asOf}|${c.q.value}`;
  }
  add(c: LocalClaim): void {
    this.list.push(c);
    const k = Earlier.key(c);
    const same = this.byAmount.get(k);
    if (same) same.push(c);
    else this.byAmount.set(k, [c]);
  }
  sameAmount(c: LocalClaim): readonly LocalClaim[] {
    return this.byAmount.get(Earlier.key(c)) ?? [];
  }
}

/**
 * A sentence without a cue word continues the previous one ("이는 … 1000억 달러 규모의 …"): take
 * the metric of its last claim, or else of its last ordinary cue word.
 */
function inheritMetric(c: LocalClaim, doc: Doc, earlier: readonly LocalClaim[]): void {
  const kind = unitKind(c.q.unit);
  const prev = earlier.at(-1);
  if (prev?.metric && prev.sentenceIndex >= c.sentenceIndex - 1) {
    if (prev.metric.units.includes(kind)) {
      c.metric = prev.metric;
      c.metricSource = 'inherited';
    }
    return;
  }
  if (c.sentenceIndex === 0 || !doc.mentions(c.sentenceIndex - 1).some((m) => m.kind === 'metric')) return;
  const cues = doc.ctx(c.sentenceIndex - 1).cues;
  for (let i = cues.length - 1; i >= 0; i--) {
    const m = doc.lex.metric(cues[i]!.id);
    if (!cues[i]!.weak && m?.units.includes(kind)) {
      c.metric = m;
      c.metricSource = 'inherited';
      return;
    }
  }
}

/** Fills a missing or weak metric, and missing subject/object, from elsewhere in the article. */
export function fallBack(
  c: LocalClaim,
  doc: Doc,
  earlier: Earlier,
  headline: Frame | null,
  lex: CompiledLexicon,
): void {
  const twoPlace = (): boolean =>
    !c.metric || (c.metric.roles === 'subject-object' && !c.metric.objectOptional);
  // An amount repeated from earlier in the article is the same claim: take its better-founded metric.
  if (METRIC_STRENGTH[c.metricSource] < METRIC_STRENGTH.sentence) {
    const same = earlier
      .sameAmount(c)
      .find((e) => e.metric && METRIC_STRENGTH[e.metricSource] > METRIC_STRENGTH[c.metricSource]);
    if (same) {
      c.metric = same.metric;
      c.metricSource = 'coref';
    }
  }
  if (!c.metric) inheritMetric(c, doc, earlier.list);
  const missing = (): boolean => c.subject === null || (twoPlace() && c.object === null);
  // "350억 달러라는 거액의 추가 투자": the parties of the earlier statement of the same amount.
  if (c.metric && (missing() || c.subjectSource === 'weak')) {
    const same = earlier
      .sameAmount(c)
      .find((e) => e.metric === c.metric && e.subject !== null && confidenceOf(e) >= confidenceOf(c));
    if (same && !(c.subjectSource === 'marked' && c.subject !== same.subject)) {
      c.subject = same.subject;
      c.subjectSource = 'coref';
      c.object = same.object;
      c.objectSource = same.object === null ? 'none' : 'coref';
    }
  }
  if (!missing()) return;
  const frames: Array<[Frame, 'previous' | 'headline']> = [];
  const s = doc.sentences[c.sentenceIndex]!;
  for (let j = c.sentenceIndex - 1; j >= 0; j--) {
    const sj = doc.sentences[j]!;
    if (j < c.sentenceIndex - 1 && sj.paragraph !== s.paragraph) break;
    if (!doc.hasParties(j)) continue;
    const f = frameNames(doc, j, lex);
    if (f.subject !== null) {
      frames.push([f, 'previous']);
      break;
    }
  }
  if (headline) frames.push([headline, 'headline']);
  // Guesses do not mix frames: a borrowed subject takes its object from the same sentence or none.
  let subjectFrame: Frame | null = null;
  for (const [f, source] of frames) {
    if (c.subject === null) {
      // Valuation and funding rounds belong to the investee: borrow the frame's object.
      const pick = c.metric?.fallbackRole === 'object' && f.object !== null ? f.object : f.subject;
      if (pick !== null && pick !== c.object) {
        c.subject = pick;
        c.subjectSource = source;
        subjectFrame = f;
      }
    }
    const borrowed = c.subjectSource === 'previous' || c.subjectSource === 'headline';
    if (twoPlace() && c.object === null && (!borrowed || subjectFrame === f)) {
      const pick =
        f.object !== null && f.object !== c.subject ? f.object : f.subject !== c.subject ? f.subject : null;
      if (pick !== null) {
        c.object = pick;
        c.objectSource = source;
      }
    }
    if (!missing()) return;
  }
}
