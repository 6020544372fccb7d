import type { ApiInput, ApiMethod } from '../../../shared/api';

/** One valid input per method; typed so that a method added to the contract must be added here. */
export const VALID_INPUTS: { [M in ApiMethod]: ApiInput<M> } = {
  'host.info': {},
  'project.info': {},
  'project.open': { path: '/tmp/x.concord', create: true },
  'sources.list': {
    offset: 0,
    limit: 50,
    sort: 'outlet',
    dir: 'desc',
    filter: { text: '오픈AI', lang: 'ko' },
  },
  'sources.search': { query: '500억 달러', limit: 10 },
  'sources.get': { id: 's_0123456789abcdef' },
  'claims.list': {
    offset: 100,
    limit: 1000,
    sort: 'value',
    filter: { status: 'candidate', qualifier: 'up_to', unit: 'USD' },
  },
  'claims.setStatus': { ids: ['c_1', 'c_22'], status: 'accepted' },
  'claims.update': {
    id: 'c_7',
    patch: { subject: 'Amazon', metric: 'valuation', value: 7.7e12, unit: 'JPY', note: null },
  },
  'claims.create': {
    sourceId: 's_0123456789abcdef',
    span: [10, 20],
    text: '500억 달러',
    value: 5e10,
    unit: 'USD',
    qualifier: 'up_to',
    subject: 'Amazon',
    object: 'OpenAI',
    metric: 'investment',
  },
  'lexicon.entities': {},
  'lexicon.metrics': {},
  'import.start': { paths: ['/tmp/articles'] },
  'import.cancel': { jobId: 'job_1' },
  'jobs.get': { jobId: 'job_1' },
  'dialog.pickImportPaths': { mode: 'folder' },
  'dialog.pickProjectFile': { mode: 'open' },
};

/** Inputs every method must refuse: not objects, unknown keys (inputs are strict). */
export const INVALID_FOR_ALL: ReadonlyArray<unknown> = [
  null,
  undefined,
  'text',
  42,
  [],
  { unexpected: true },
];

/** Method-specific invalid inputs: out-of-range pages, wrong enums, empty or missing fields. */
export const INVALID_INPUTS: { [M in ApiMethod]: ReadonlyArray<unknown> } = {
  'host.info': [{ x: 1 }],
  'project.info': [{ file: 'a' }],
  'project.open': [{}, { path: '' }, { path: 1 }, { path: '/a', create: 'yes' }],
  'sources.list': [
    { offset: 0, limit: 1001 },
    { offset: -1, limit: 10 },
    { offset: 0, limit: 0 },
    { offset: 0.5, limit: 10 },
    { offset: 0, limit: 10, sort: 'file' },
    { offset: 0, limit: 10, dir: 'up' },
    { offset: 0, limit: 10, filter: { text: 1 } },
    { offset: 0, limit: 10, filter: { lang: 'ko', other: 1 } },
  ],
  'sources.search': [{ query: '' }, { query: '   ' }, { query: 'x', limit: 5000 }, { limit: 3 }],
  'sources.get': [{ id: '' }, {}, { id: 3 }],
  'claims.list': [
    { offset: 0, limit: 2000 },
    { offset: 0, limit: 10, sort: 'quote' },
    { offset: 0, limit: 10, filter: { status: 'maybe' } },
    { offset: 0, limit: 10, filter: { qualifier: 'roughly' } },
    { offset: 0, limit: 10, filter: { subject: 3 } },
  ],
  'claims.setStatus': [
    { ids: [], status: 'accepted' },
    { ids: ['c_1'], status: 'maybe' },
    { ids: ['7'], status: 'accepted' },
    { ids: ['c_0'], status: 'accepted' },
    { ids: ['c_1'] },
  ],
  'claims.update': [
    { id: 'c_1', patch: {} },
    { id: 'c_1', patch: { status: 'accepted' } },
    { id: 'c_1', patch: { value: 'seven' } },
    { id: 'c_1', patch: { qualifier: 'roughly' } },
    { id: 'x', patch: { value: 1 } },
  ],
  'claims.create': [
    { sourceId: 's_1', span: [5, 5], text: 'x', value: 1, unit: 'USD', qualifier: 'exact' },
    { sourceId: 's_1', span: [0, 5], text: '', value: 1, unit: 'USD', qualifier: 'exact' },
    { sourceId: 's_1', span: [0, 5], text: 'x', value: Number.NaN, unit: 'USD', qualifier: 'exact' },
    { sourceId: 's_1', span: [0, 5], text: 'x', value: 1, unit: 'USD' },
  ],
  'lexicon.entities': [{ all: true }],
  'lexicon.metrics': [{ lang: 'ko' }],
  'import.start': [{ paths: [] }, { paths: [''] }, { paths: 'a' }, {}],
  'import.cancel': [{ jobId: '' }, {}],
  'jobs.get': [{ job: 'x' }, {}],
  'dialog.pickImportPaths': [{ mode: 'anything' }, {}],
  'dialog.pickProjectFile': [{ mode: 'save-as' }, {}],
};
