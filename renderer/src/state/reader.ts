import { create } from 'zustand';
import type { ApiError, ApiOutput } from '../../../shared/api';
import type { ClaimStatus } from '../../../shared/model';
import { parseAmount, type Quantity, type QuantityLang } from '../../../shared/quantity';
import type { StoreDeps } from './deps';

type SourceDetail = ApiOutput<'sources.get'>;

/** A claim the analyst is adding from a text selection. */
export interface ClaimDraft {
  readonly span: readonly [number, number];
  readonly text: string;
  readonly valueText: string;
  /** parseAmount(valueText); null when the field is not one amount. */
  readonly parsed: Quantity | null;
  readonly subject: string;
  readonly object: string;
  readonly metric: string;
}

export interface ReaderState {
  readonly sourceId: string | null;
  readonly detail: SourceDetail | null;
  readonly loading: boolean;
  readonly selectedClaimId: string | null;
  readonly draft: ClaimDraft | null;
  readonly error: ApiError | null;
  open(sourceId: string): Promise<void>;
  selectClaim(id: string | null): void;
  setStatus(id: string, status: ClaimStatus): Promise<void>;
  /** Offers "New claim" for [start, end) of the article text. */
  startDraft(start: number, end: number): void;
  /** Keyboard route: the first occurrence of TEXT in the article. */
  startDraftFromText(text: string): void;
  editDraft(patch: Partial<Pick<ClaimDraft, 'valueText' | 'subject' | 'object' | 'metric'>>): void;
  saveDraft(): Promise<void>;
  cancelDraft(): void;
}

const LANGS: ReadonlyArray<string> = ['en', 'ko', 'ja', 'zh'];

export function quantityLang(lang: string | null | undefined): QuantityLang | undefined {
  const base = lang?.slice(0, 2);
  return base && LANGS.includes(base) ? (base as QuantityLang) : undefined;
}

/** The Reader: one article, its claims, the selected claim and a new-claim draft. */
export const createReaderStore = (deps: StoreDeps) =>
  create<ReaderState>()((set, get) => {
    const parse = (text: string) => parseAmount(text, { lang: quantityLang(get().detail?.source.lang) });
    return {
      sourceId: null,
      detail: null,
      loading: false,
      selectedClaimId: null,
      draft: null,
      error: null,

      async open(sourceId) {
        set({ sourceId, loading: true, selectedClaimId: null, draft: null });
        const result = await deps.api()['sources.get']({ id: sourceId });
        if (get().sourceId !== sourceId) return;
        if (!result.ok) return set({ loading: false, detail: null, error: result.error });
        set({ loading: false, detail: result.value, error: null });
      },

      selectClaim: (id) => set({ selectedClaimId: id, draft: id ? null : get().draft }),

      async setStatus(id, status) {
        const result = await deps.api()['claims.setStatus']({ ids: [id], status });
        if (!result.ok) return set({ error: result.error });
        const changed = new Map(result.value.claims.map((c) => [c.id, c]));
        const detail = get().detail;
        if (detail)
          set({
            detail: { ...detail, claims: detail.claims.map((c) => changed.get(c.id) ?? c) },
            error: null,
          });
        deps.changed();
      },

      startDraft(start, end) {
        const text = get().detail?.text.slice(start, end) ?? '';
        if (text.trim() === '') return;
        // Trim the selection to its visible characters, keeping the span exact.
        const lead = text.length - text.trimStart().length;
        const trimmed = text.trim();
        const span = [start + lead, start + lead + trimmed.length] as const;
        set({
          selectedClaimId: null,
          draft: {
            span,
            text: trimmed,
            valueText: trimmed,
            parsed: parse(trimmed),
            subject: '',
            object: '',
            metric: '',
          },
        });
      },

      startDraftFromText(text) {
        const at = get().detail?.text.indexOf(text.trim()) ?? -1;
        if (at < 0 || text.trim() === '') {
          return set({
            error: { code: 'not_found', message: `"${text.trim()}" is not in the article text.` },
          });
        }
        get().startDraft(at, at + text.trim().length);
      },

      editDraft(patch) {
        const draft = get().draft;
        if (!draft) return;
        const next = { ...draft, ...patch };
        set({ draft: patch.valueText !== undefined ? { ...next, parsed: parse(patch.valueText) } : next });
      },

      async saveDraft() {
        const { draft, detail } = get();
        if (!draft || !detail) return;
        if (!draft.parsed) {
          return set({
            error: {
              code: 'invalid_input',
              message: `"${draft.valueText}" is not an amount Concord can read.`,
            },
          });
        }
        const q = draft.parsed;
        if (q.unit === '') {
          return set({
            error: {
              code: 'invalid_input',
              message: `"${draft.valueText}" has no currency or unit; add one (e.g. 달러, 円, USD).`,
            },
          });
        }
        const result = await deps.api()['claims.create']({
          sourceId: detail.source.id,
          span: [draft.span[0], draft.span[1]],
          text: draft.text,
          value: q.value,
          unit: q.unit,
          qualifier: q.qualifier,
          ...(draft.subject ? { subject: draft.subject } : {}),
          ...(draft.object ? { object: draft.object } : {}),
          ...(draft.metric ? { metric: draft.metric } : {}),
        });
        if (!result.ok) return set({ error: result.error });
        const claims = [...detail.claims, result.value].sort((a, b) => a.span[0] - b.span[0]);
        set({ detail: { ...detail, claims }, draft: null, selectedClaimId: result.value.id, error: null });
        deps.changed();
      },

      cancelDraft: () => set({ draft: null }),
    };
  });
