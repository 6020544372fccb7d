/**
 * One analysed text (the article body, or a title that is not part of it): its sentences, the
 * lexicon mentions bucketed per sentence, and per-sentence analysis computed lazily and memoised.
 */
import type { CompiledLexicon, Mention } from './lexicon-matcher';
import { partyName, resolveGenericGovernment } from './parties';
import { analyzeSentence, type SentenceContext } from './sentence-context';
import { splitSentences, type Sentence } from './sentences';
import type { LangFamily } from './text-scripts';

export class Doc {
  readonly sentences: Sentence[];
  private readonly buckets: Mention[][];
  private readonly cache = new Map<number, SentenceContext>();
  private readonly citations = new Map<number, string | null>();
  constructor(
    readonly text: string,
    readonly lang: LangFamily,
    readonly lex: CompiledLexicon,
  ) {
    this.sentences = splitSentences(text);
    this.buckets = this.sentences.map(() => []);
    let si = 0;
    for (const m of resolveGenericGovernment(lex.scan(text, lang), lang, lex)) {
      while (si < this.sentences.length && this.sentences[si]!.end <= m.start) si++;
      if (si < this.sentences.length && m.start >= this.sentences[si]!.start) this.buckets[si]!.push(m);
    }
  }
  mentions(i: number): Mention[] {
    return this.buckets[i] ?? [];
  }
  ctx(i: number): SentenceContext {
    let c = this.cache.get(i);
    if (!c) {
      c = analyzeSentence(this.text, this.sentences[i]!, this.mentions(i), this.lang, this.lex);
      this.cache.set(i, c);
    }
    return c;
  }
  hasParties(i: number): boolean {
    return this.mentions(i).some((m) => m.kind === 'entity');
  }
  /** The outlet cited by sentence i, or by an earlier sentence of its paragraph (memoised, iterative). */
  citation(i: number): string | null {
    const known = this.citations.get(i);
    if (known !== undefined) return known;
    let j = i;
    const paragraph = this.sentences[i]!.paragraph;
    while (j > 0 && !this.citations.has(j - 1) && this.sentences[j - 1]!.paragraph === paragraph) j--;
    let c =
      j > 0 && this.sentences[j - 1]!.paragraph === paragraph ? (this.citations.get(j - 1) ?? null) : null;
    for (; j <= i; j++) {
      const own = this.mentions(j).some(
        (m) => m.kind === 'entity' && this.lex.entity(m.id)?.kind === 'outlet',
      )
        ? this.ctx(j).citation
        : null;
      c = own ?? c;
      this.citations.set(j, c);
    }
    return c;
  }
}

export interface Frame {
  subject: string | null;
  object: string | null;
}

export function frameNames(doc: Doc, i: number, lex: CompiledLexicon): Frame {
  const f = doc.ctx(i).frame;
  return {
    subject: f.subject ? partyName(lex, f.subject, 'subject', null, null) : null,
    object: f.object ? partyName(lex, f.object, 'object', null, f.subject) : null,
  };
}
