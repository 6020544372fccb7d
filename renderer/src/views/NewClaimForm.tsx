import { useState, type FormEvent } from 'react';
import { describeQuantity } from '../format';
import { useLexicon, useReader } from '../state/stores';

/** Keyboard route to a new claim: type the words of the article the claim is about. */
export function FindTextForClaim() {
  const [text, setText] = useState('');
  const start = useReader((s) => s.startDraftFromText);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    start(text);
  };
  return (
    <form className="find-text" onSubmit={submit}>
      <label htmlFor="claim-find">Select text in the article, or type its words here</label>
      <span className="row">
        <input id="claim-find" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" disabled={text.trim() === ''}>
          New claim
        </button>
      </span>
    </form>
  );
}

/** The new-claim draft: value understood by parseAmount as it is typed, key pickers, save. */
export function NewClaimForm() {
  const draft = useReader((s) => s.draft);
  const { editDraft, saveDraft, cancelDraft } = useReader();
  const { entities, metrics } = useLexicon();
  if (!draft) return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void saveDraft();
  };
  return (
    <form className="claim-panel new-claim" aria-label="New claim" onSubmit={submit}>
      <h3>New claim</h3>
      <p className="muted">
        At “{draft.text}” [{draft.span[0]}, {draft.span[1]})
      </p>
      <label htmlFor="draft-value">Value</label>
      <input
        id="draft-value"
        value={draft.valueText}
        onChange={(e) => editDraft({ valueText: e.target.value })}
      />
      <output
        htmlFor="draft-value"
        aria-label="Understood as"
        className={draft.parsed ? 'parsed' : 'status-error'}
      >
        {draft.parsed ? describeQuantity(draft.parsed) : 'Not an amount yet (try “7.7兆円” or “500억 달러”)'}
      </output>
      <datalist id="entity-names">
        {entities.map((e) => (
          <option key={e.name} value={e.name} />
        ))}
      </datalist>
      <label htmlFor="draft-subject">Subject</label>
      <input
        id="draft-subject"
        list="entity-names"
        value={draft.subject}
        onChange={(e) => editDraft({ subject: e.target.value })}
      />
      <label htmlFor="draft-object">Object</label>
      <input
        id="draft-object"
        list="entity-names"
        value={draft.object}
        onChange={(e) => editDraft({ object: e.target.value })}
      />
      <label htmlFor="draft-metric">Metric</label>
      <select id="draft-metric" value={draft.metric} onChange={(e) => editDraft({ metric: e.target.value })}>
        <option value="">—</option>
        {metrics.map((m) => (
          <option key={m.id} value={m.id} title={m.definition}>
            {m.label}
          </option>
        ))}
      </select>
      <p className="row">
        <button type="submit" className="primary" disabled={!draft.parsed}>
          Save claim
        </button>
        <button type="button" onClick={cancelDraft}>
          Cancel
        </button>
      </p>
    </form>
  );
}
