import type Database from 'better-sqlite3';
import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import { ClaimEditError, createManualClaim, setClaimStatus, updateClaim } from '../db/claim-edits';
import { listEntities, listMetrics } from '../db/lexicon-lists';
import { ServiceError } from './errors';

/** Claim edits and lexicon lists for the workbench; db errors become typed service errors. */
export class ClaimEditing {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  setStatus(i: ApiParsedInput<'claims.setStatus'>): ApiOutput<'claims.setStatus'> {
    return { claims: typed(() => setClaimStatus(this.db, i.ids, i.status, this.now())) };
  }

  update(i: ApiParsedInput<'claims.update'>): ApiOutput<'claims.update'> {
    return typed(() => updateClaim(this.db, i.id, i.patch, this.now()));
  }

  create(i: ApiParsedInput<'claims.create'>): ApiOutput<'claims.create'> {
    const { sourceId, ...rest } = i;
    return typed(() => createManualClaim(this.db, { ...rest, sourcePublicId: sourceId }, this.now()));
  }

  entities(): ApiOutput<'lexicon.entities'> {
    return { entities: listEntities(this.db) };
  }

  metrics(): ApiOutput<'lexicon.metrics'> {
    return { metrics: listMetrics(this.db) };
  }
}

function typed<T>(run: () => T): T {
  try {
    return run();
  } catch (err) {
    if (err instanceof ClaimEditError)
      throw new ServiceError(err.kind === 'not_found' ? 'not_found' : 'invalid_input', err.message);
    throw err;
  }
}
