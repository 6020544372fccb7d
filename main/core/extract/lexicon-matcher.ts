/**
 * Compiled lexicon: one trie over every alias, cue word and blocker, walked once over an article.
 * A trie (not one big alternation regex) because its cost does not grow with the number of aliases:
 * most positions fail on the first character lookup. Rules:
 *  - CJK needs no word boundaries; Latin aliases must start and end at Latin word boundaries
 *    (so "Meta" does not fire inside "Metaverse", but "오픈AI에" still finds 오픈AI);
 *  - Latin is case-insensitive unless the entity says matchCase; fullwidth Latin/digits fold to ASCII;
 *  - the longest valid match wins and matches do not overlap; a blocker consumes its text silently.
 */
import type { EntityEntry, Lexicon, LexiconLang, MetricEntry } from './lexicon';
import { isLatinWordChar, type LangFamily } from './text-scripts';
import { childOf, flatten, fold, FOLD, PAIR_SIZE, pairHash, type TrieNode } from './trie';

export interface Mention {
  kind: 'entity' | 'metric';
  /** Entity id or metric id. */
  id: string;
  start: number;
  end: number;
  /** A weak metric cue (投じる, "cost"). Always false for entities. */
  weak: boolean;
  /** 'bound': describes only the adjacent amount; 'change': names only what a growth/decline applies to. */
  use?: 'bound' | 'change';
}

export interface CompiledLexicon {
  readonly lexicon: Lexicon;
  /** Changes whenever the lexicon content changes; stored with claims to detect stale extraction. */
  readonly fingerprint: string;
  entity(id: string): EntityEntry | undefined;
  metric(id: string): MetricEntry | undefined;
  /** All mentions in text[from, to), in order, non-overlapping. `lang` gates local aliases. */
  scan(text: string, lang: LangFamily | null, from?: number, to?: number): Mention[];
}

interface Payload {
  kind: 'entity' | 'metric' | 'blocker';
  id: string;
  weak: boolean;
  use?: 'bound' | 'change';
  /** Language family the word was listed under; null = every language. */
  lang: LangFamily | null;
  /** Only valid in articles of `lang`. */
  local: boolean;
  /** The exact alias, for matchCase comparison. */
  raw: string | null;
  /** Latin cue ending in '*': the match extends to the end of the word. */
  prefix: boolean;
  /** Latin word character at the end: the next character must not continue the word. */
  latinEnd: boolean;
  rank: number;
}

type Node = TrieNode<Payload>;

const familyOf = (lang: LexiconLang): LangFamily => (lang === 'zh-Hans' || lang === 'zh-Hant' ? 'zh' : lang);

// Blockers beat entities beat strong cues beat weak cues when they end at the same place.
const RANK = { blocker: 3, entity: 2, metric: 1, weak: 0 } as const;

function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const root: Node = { next: new Map(), out: null };
  // Cheap filters before any Map lookup: can a key start with this character, is it a whole
  // one-character key, and (hashed) can a key start with this pair of characters?
  const first = new Uint8Array(65536);
  const single = new Uint8Array(65536);
  const pairs = new Uint8Array(PAIR_SIZE);
  const add = (word: string, p: Omit<Payload, 'prefix' | 'latinEnd' | 'raw'>, matchCase: boolean): void => {
    let w = word;
    let prefix = false;
    if (p.kind === 'metric' && w.endsWith('*') && w.length > 1) {
      w = w.slice(0, -1);
      prefix = true;
    }
    let node = root;
    for (let i = 0; i < w.length; i++) {
      const c = fold(w.charCodeAt(i));
      if (i === 0) first[c] = 1;
      node.next ??= new Map();
      let child = node.next.get(c);
      if (!child) {
        child = { next: null, out: null };
        node.next.set(c, child);
      }
      node = child;
    }
    const c0 = fold(w.charCodeAt(0));
    if (w.length === 1) single[c0] = 1;
    else pairs[pairHash(c0, fold(w.charCodeAt(1)))] = 1;
    const latinEnd = isLatinWordChar(w.charCodeAt(w.length - 1));
    const raw = matchCase && /[A-Za-z]/.test(w) ? w : null;
    (node.out ??= []).push({ ...p, prefix: prefix && latinEnd, latinEnd, raw });
  };

  const entities = new Map<string, EntityEntry>();
  for (const e of lexicon.entities) {
    entities.set(e.id, e);
    const mc = e.matchCase === true;
    add(e.name, { kind: 'entity', id: e.id, weak: false, lang: null, local: false, rank: RANK.entity }, mc);
    for (const [lang, list] of Object.entries(e.aliases) as [LexiconLang, string[]][])
      for (const a of list)
        add(
          a,
          { kind: 'entity', id: e.id, weak: false, lang: familyOf(lang), local: false, rank: RANK.entity },
          mc,
        );
    for (const [lang, list] of Object.entries(e.localAliases ?? {}) as [LexiconLang, string[]][])
      for (const a of list)
        add(
          a,
          { kind: 'entity', id: e.id, weak: false, lang: familyOf(lang), local: true, rank: RANK.entity },
          true,
        );
  }
  const metrics = new Map<string, MetricEntry>();
  for (const m of lexicon.metrics) {
    metrics.set(m.id, m);
    for (const [src, weak, use] of [
      [m.cues, false, undefined],
      [m.weakCues ?? {}, true, undefined],
      [m.boundCues ?? {}, false, 'bound'],
      [m.changeCues ?? {}, true, 'change'],
    ] as const)
      for (const [lang, list] of Object.entries(src) as [LexiconLang, string[]][])
        for (const c of list)
          add(
            c,
            {
              kind: 'metric',
              id: m.id,
              weak,
              ...(use ? { use } : {}),
              lang: familyOf(lang),
              local: false,
              rank: weak ? RANK.weak : RANK.metric,
            },
            false,
          );
  }
  for (const b of lexicon.blockers)
    add(b, { kind: 'blocker', id: '', weak: false, lang: null, local: false, rank: RANK.blocker }, false);

  const fingerprint = fnv1a(JSON.stringify(lexicon));
  const flat = flatten(root);

  function valid(
    p: Payload,
    text: string,
    start: number,
    end: number,
    lang: LangFamily | null,
    to: number,
  ): number {
    if (p.local && p.lang !== lang) return -1;
    if (p.raw !== null && text.slice(start, start + p.raw.length) !== p.raw) return -1;
    let e = end;
    if (p.prefix) while (e < to && isLatinWordChar(text.charCodeAt(e))) e++;
    else if (p.latinEnd && e < to && isLatinWordChar(text.charCodeAt(e))) return -1;
    return e;
  }

  function scan(text: string, lang: LangFamily | null, from = 0, to = text.length): Mention[] {
    const out: Mention[] = [];
    // Locals, not closure variables: this loop runs once per character of every article.
    const FO = FOLD;
    const F = first;
    const S = single;
    const P = pairs;
    let i = from;
    while (i < to) {
      const c0 = text.charCodeAt(i);
      const f0 = FO[c0]!;
      if (F[f0] === 0) {
        i++;
        continue;
      }
      // A Latin alias cannot start inside a Latin word.
      if (
        (S[f0] === 0 && (i + 1 >= to || P[pairHash(f0, FO[text.charCodeAt(i + 1)]!)] === 0)) ||
        (i > from && isLatinWordChar(c0) && isLatinWordChar(text.charCodeAt(i - 1)))
      ) {
        i++;
        continue;
      }
      let best: Payload | null = null;
      let bestEnd = -1;
      let node = flat.rootChild[f0]!;
      for (let j = i + 1; node !== 0; j++) {
        const outs = flat.out[node];
        if (outs) {
          for (const p of outs) {
            const e = valid(p, text, i, j, lang, to);
            if (e < 0) continue;
            // Longest first; at equal length prefer the higher rank, then the article's own language.
            if (
              e > bestEnd ||
              (e === bestEnd &&
                best &&
                (p.rank > best.rank || (p.rank === best.rank && p.lang === lang && best.lang !== lang)))
            ) {
              best = p;
              bestEnd = e;
            }
          }
        }
        node = j < to ? childOf(flat, node, fold(text.charCodeAt(j))) : 0;
      }
      if (!best) {
        i++;
        continue;
      }
      if (best.kind !== 'blocker')
        out.push(
          best.use
            ? { kind: best.kind, id: best.id, start: i, end: bestEnd, weak: best.weak, use: best.use }
            : { kind: best.kind, id: best.id, start: i, end: bestEnd, weak: best.weak },
        );
      i = bestEnd;
    }
    return out;
  }

  return {
    lexicon,
    fingerprint,
    entity: (id) => entities.get(id),
    metric: (id) => metrics.get(id),
    scan,
  };
}
