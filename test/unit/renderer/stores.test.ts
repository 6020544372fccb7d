import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, fail, ok, type ConcordApi } from '../../../shared/api';
import type { Claim } from '../../../shared/model';
import { createClaimsStore, patchOf } from '../../../renderer/src/state/claims';
import { createImportStore, typedPaths } from '../../../renderer/src/state/import';
import { createReaderStore } from '../../../renderer/src/state/reader';
import { createSourcesStore, sourceSortOf } from '../../../renderer/src/state/sources';

/** A ConcordApi whose every method fails unless the test gives it an answer. */
function fakeApi(overrides: Partial<Record<keyof ConcordApi, (input: never) => unknown>>): ConcordApi {
  const entries = API_METHODS.map((m) => [
    m,
    vi.fn(async (input: never) => {
      const answer = overrides[m];
      return answer ? ok(answer(input)) : fail('unsupported', `${m} not faked`);
    }),
  ]);
  return Object.fromEntries(entries) as unknown as ConcordApi;
}

const source = {
  id: 's_1',
  file: 'ko.txt',
  title: null,
  outlet: 'Hankyung',
  url: null,
  publishedAt: '2026-02-26',
  lang: 'ko',
};
const claim: Claim = {
  id: 'c_17',
  source,
  subject: 'Amazon',
  object: 'OpenAI',
  metric: 'investment',
  value: 5e10,
  unit: 'USD',
  qualifier: 'up_to',
  low: null,
  high: 5e10,
  asOf: '2026-02-26',
  text: '최대 500억 달러',
  quote: '…',
  span: [12, 22],
  inTitle: false,
  equivalents: [],
  alternativeUnits: null,
  citedSource: null,
  note: null,
  part: null,
  confidence: 0.9,
  flags: [],
  origin: 'auto',
  status: 'candidate',
};
const TEXT = '아마존이 오픈AI에 최대 500억 달러(약 70조원)를 투자하는 방안을 협상 중인 것으로 전해졌다.';

describe('sources store', () => {
  it('pages with the grid sort mapped to the contract, and searches', async () => {
    const api = fakeApi({
      'sources.list': () => ({ rows: [], total: 42 }),
      'sources.search': () => [{ source, snippet: '…[오픈AI]…' }],
    });
    const store = createSourcesStore({ api: () => api });
    const page = await store.getState().loadPage(100, 200, [{ colId: 'claims', sort: 'desc' }]);
    expect(page.total).toBe(42);
    expect(api['sources.list']).toHaveBeenCalledWith({
      offset: 100,
      limit: 100,
      sort: 'claims',
      dir: 'desc',
    });
    expect(store.getState().total).toBe(42);
    store.getState().setQuery(' 오픈AI ');
    await store.getState().search();
    expect(api['sources.search']).toHaveBeenCalledWith({ query: '오픈AI', limit: 100 });
    expect(store.getState().hits).toHaveLength(1);
    store.getState().clearSearch();
    expect(store.getState().hits).toBeNull();
    expect(sourceSortOf([{ colId: 'format', sort: 'asc' }])).toEqual({});
  });
});

describe('reader store', () => {
  it('opens a source, accepts a claim and reports the change', async () => {
    const changed = vi.fn();
    const api = fakeApi({
      'sources.get': () => ({
        source: {
          ...source,
          format: 'txt',
          encoding: 'utf-8',
          contentHash: 'h',
          nearDuplicateOf: null,
          claims: 1,
          importedAt: '',
        },
        title: null,
        text: TEXT,
        claims: [claim],
      }),
      'claims.setStatus': () => ({ claims: [{ ...claim, status: 'accepted' }] }),
    });
    const store = createReaderStore({ api: () => api, changed });
    await store.getState().open('s_1');
    store.getState().selectClaim('c_17');
    await store.getState().setStatus('c_17', 'accepted');
    expect(api['claims.setStatus']).toHaveBeenCalledWith({ ids: ['c_17'], status: 'accepted' });
    expect(store.getState().detail?.claims[0]?.status).toBe('accepted');
    expect(changed).toHaveBeenCalledOnce();
  });

  it('drafts a new claim from a selection, understands typed amounts and saves it', async () => {
    const created = {
      ...claim,
      id: 'c_30',
      text: '약 70조원',
      value: 7e13,
      unit: 'KRW',
      qualifier: 'about' as const,
      origin: 'manual' as const,
      status: 'accepted' as const,
    };
    const api = fakeApi({
      'sources.get': () => ({
        source: {
          ...source,
          format: 'txt',
          encoding: null,
          contentHash: 'h',
          nearDuplicateOf: null,
          claims: 1,
          importedAt: '',
        },
        title: null,
        text: TEXT,
        claims: [claim],
      }),
      'claims.create': () => created,
    });
    const store = createReaderStore({ api: () => api, changed: () => undefined });
    await store.getState().open('s_1');
    const at = TEXT.indexOf('약 70조원');
    const lead = TEXT.indexOf(' 최대');
    store.getState().startDraft(lead, lead + 11); // the selection's stray spaces are trimmed
    expect(store.getState().draft).toMatchObject({
      text: '최대 500억 달러',
      span: [lead + 1, lead + 11],
      parsed: { value: 5e10, unit: 'USD', qualifier: 'up_to' },
    });
    store.getState().startDraftFromText('약 70조원');
    expect(store.getState().draft?.span).toEqual([at, at + 6]);
    store.getState().editDraft({ valueText: '7.7兆円' });
    expect(store.getState().draft?.parsed).toMatchObject({ value: 7.7e12, unit: 'JPY' });
    store.getState().editDraft({ valueText: 'soon' });
    expect(store.getState().draft?.parsed).toBeNull();
    await store.getState().saveDraft();
    expect(store.getState().error?.message).toMatch(/not an amount/);
    store.getState().editDraft({ valueText: '약 70조원', metric: 'investment' });
    await store.getState().saveDraft();
    expect(api['claims.create']).toHaveBeenCalledWith({
      sourceId: 's_1',
      span: [at, at + 6],
      text: '약 70조원',
      value: 7e13,
      unit: 'KRW',
      qualifier: 'about',
      metric: 'investment',
    });
    expect(store.getState()).toMatchObject({ draft: null, selectedClaimId: 'c_30' });
    expect(store.getState().detail?.claims.map((c) => c.id)).toEqual(['c_17', 'c_30']);
  });
});

describe('claims store', () => {
  it('sends filters, bulk-changes the selection and edits values through parseAmount', async () => {
    const changed = vi.fn();
    const api = fakeApi({
      'claims.list': () => ({ rows: [claim], total: 1 }),
      'claims.setStatus': (i: { ids: string[] }) => ({
        claims: i.ids.map((id) => ({ ...claim, id, status: 'rejected' })),
      }),
      'claims.update': () => ({ ...claim, value: 7.7e12, unit: 'JPY', status: 'edited' }),
    });
    const store = createClaimsStore({ api: () => api, changed });
    store.getState().setFilter('metric', 'valuation');
    store.getState().setFilter('status', '');
    await store.getState().loadPage(0, 100, [{ colId: 'value', sort: 'asc' }]);
    expect(api['claims.list']).toHaveBeenCalledWith({
      offset: 0,
      limit: 100,
      filter: { metric: 'valuation' },
      sort: 'value',
      dir: 'asc',
    });
    store.getState().setSelection(['c_1', 'c_2']);
    const before = store.getState().version;
    await store.getState().setSelectedStatus('rejected');
    expect(api['claims.setStatus']).toHaveBeenCalledWith({ ids: ['c_1', 'c_2'], status: 'rejected' });
    expect(store.getState()).toMatchObject({ message: '2 claims rejected.', version: before + 1 });
    const updated = await store.getState().edit(claim, 'value', '7.7兆円');
    expect(updated?.status).toBe('edited');
    expect(api['claims.update']).toHaveBeenCalledWith({
      id: 'c_17',
      patch: { value: 7.7e12, unit: 'JPY', qualifier: 'exact', low: null, high: null },
    });
    expect(await store.getState().edit(claim, 'value', 'lots')).toBeNull();
    expect(store.getState().error?.code).toBe('invalid_input');
    expect(changed).toHaveBeenCalledTimes(2);
  });

  it('turns picker edits into patches, empty meaning none', () => {
    expect(patchOf(claim, 'subject', 'Nvidia')).toEqual({ subject: 'Nvidia' });
    expect(patchOf(claim, 'object', '')).toEqual({ object: null });
    expect(patchOf(claim, 'value', '최대 500억 달러')).toMatchObject({
      value: 5e10,
      unit: 'USD',
      qualifier: 'up_to',
    });
  });
});

describe('import store', () => {
  it('starts from typed paths, follows progress, cancels and keeps the report', async () => {
    const changed = vi.fn();
    const api = fakeApi({
      'import.start': () => ({ jobId: 'job_1' }),
      'import.cancel': () => ({ cancelled: true }),
    });
    const store = createImportStore({ api: () => api, changed });
    store.getState().openDialog();
    store.getState().setPaths(' /a \n\n/b\n');
    await store.getState().start();
    expect(api['import.start']).toHaveBeenCalledWith({ paths: ['/a', '/b'] });
    store.getState().onProgress({
      jobId: 'job_1',
      phase: 'reading',
      filesDone: 1,
      filesTotal: 2,
      sourcesAdded: 1,
      claimsFound: 3,
      currentFile: '/a',
    });
    expect(store.getState().job?.progress?.filesDone).toBe(1);
    await store.getState().cancel();
    expect(api['import.cancel']).toHaveBeenCalledWith({ jobId: 'job_1' });
    const summary = {
      batchId: 1,
      status: 'cancelled' as const,
      filesRead: 1,
      articlesRead: 1,
      sourcesAdded: 1,
      duplicatesSkipped: 0,
      nearDuplicates: 0,
      claimsFound: 3,
      errors: [{ file: '/b', code: 'decode', message: 'not valid UTF-8' }],
      seconds: 0.1,
    };
    store.getState().onDone({ jobId: 'job_1', summary, error: null });
    expect(store.getState().job).toMatchObject({ running: false, summary });
    expect(changed).toHaveBeenCalledOnce();
    // Another job's events are not this dialog's.
    store.getState().onProgress({
      jobId: 'job_2',
      phase: 'reading',
      filesDone: 0,
      filesTotal: 1,
      sourcesAdded: 0,
      claimsFound: 0,
      currentFile: null,
    });
    expect(store.getState().job?.jobId).toBe('job_1');
    expect(typedPaths('\n')).toEqual([]);
  });
});
