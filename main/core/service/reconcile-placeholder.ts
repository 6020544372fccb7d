import type { ApiOutput, ApiParsedInput } from '../../../shared/api';
import { ServiceError } from './errors';

/*
 * TEMPORARY scaffolding while the reconciliation service is written (issue 5): every method
 * reports 'unsupported'. Replaced by service/reconcile.ts, service/history.ts, service/fx.ts and
 * service/exports.ts; this file must not survive that change.
 */
function notYet(): never {
  throw new ServiceError('unsupported', 'Reconciliation is not available in this build yet.');
}

export class ReconcilePlaceholder {
  listKeys(_i: ApiParsedInput<'keys.list'>): ApiOutput<'keys.list'> {
    return notYet();
  }
  columns(_i: ApiParsedInput<'keys.columns'>): ApiOutput<'keys.columns'> {
    return notYet();
  }
  getKey(_i: ApiParsedInput<'keys.get'>): ApiOutput<'keys.get'> {
    return notYet();
  }
  merge(_i: ApiParsedInput<'keys.merge'>): ApiOutput<'keys.merge'> {
    return notYet();
  }
  split(_i: ApiParsedInput<'keys.split'>): ApiOutput<'keys.split'> {
    return notYet();
  }
  rename(_i: ApiParsedInput<'keys.rename'>): ApiOutput<'keys.rename'> {
    return notYet();
  }
  exclude(_i: ApiParsedInput<'keys.exclude'>): ApiOutput<'keys.exclude'> {
    return notYet();
  }
  include(_i: ApiParsedInput<'keys.include'>): ApiOutput<'keys.include'> {
    return notYet();
  }
  move(_i: ApiParsedInput<'claims.move'>): ApiOutput<'claims.move'> {
    return notYet();
  }
  saveDecision(_i: ApiParsedInput<'decisions.save'>): ApiOutput<'decisions.save'> {
    return notYet();
  }
}
export class HistoryPlaceholder {
  list(_i: ApiParsedInput<'history.list'>): ApiOutput<'history.list'> {
    return notYet();
  }
  undo(): ApiOutput<'history.undo'> {
    return notYet();
  }
  redo(): ApiOutput<'history.redo'> {
    return notYet();
  }
}
export class FxPlaceholder {
  list(_i: ApiParsedInput<'fx.list'>): ApiOutput<'fx.list'> {
    return notYet();
  }
  set(_i: ApiParsedInput<'fx.set'>): ApiOutput<'fx.set'> {
    return notYet();
  }
  delete(_i: ApiParsedInput<'fx.delete'>): ApiOutput<'fx.delete'> {
    return notYet();
  }
}
export class ExportsPlaceholder {
  start(_i: ApiParsedInput<'export.start'>): ApiOutput<'export.start'> {
    return notYet();
  }
  preview(_i: ApiParsedInput<'export.preview'>): ApiOutput<'export.preview'> {
    return notYet();
  }
}
