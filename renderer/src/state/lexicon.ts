import { create } from 'zustand';
import type { ApiOutput } from '../../../shared/api';
import type { StoreDeps } from './deps';

type Entity = ApiOutput<'lexicon.entities'>['entities'][number];
type Metric = ApiOutput<'lexicon.metrics'>['metrics'][number];

export interface LexiconState {
  readonly entities: ReadonlyArray<Entity>;
  readonly metrics: ReadonlyArray<Metric>;
  readonly loaded: boolean;
  load(): Promise<void>;
}

/** The lexicon's entity names and metric ids, for the pickers in Reader and Claims. */
export const createLexiconStore = (deps: Pick<StoreDeps, 'api'>) =>
  create<LexiconState>()((set, get) => ({
    entities: [],
    metrics: [],
    loaded: false,
    async load() {
      if (get().loaded) return;
      const [entities, metrics] = await Promise.all([
        deps.api()['lexicon.entities']({}),
        deps.api()['lexicon.metrics']({}),
      ]);
      set({
        entities: entities.ok ? entities.value.entities : [],
        metrics: metrics.ok ? metrics.value.metrics : [],
        loaded: entities.ok && metrics.ok,
      });
    },
  }));
