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
  ],
  'import.start': [{ paths: [] }, { paths: [''] }, { paths: 'a' }, {}],
  'import.cancel': [{ jobId: '' }, {}],
  'jobs.get': [{ job: 'x' }, {}],
  'dialog.pickImportPaths': [{ mode: 'anything' }, {}],
  'dialog.pickProjectFile': [{ mode: 'save-as' }, {}],
};
