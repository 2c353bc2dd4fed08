import { useEffect, useState, type FormEvent } from 'react';
import { withEtag, type CheckResult, type Plan, type Schemas } from '../api/client';
import { statusWords } from '../format';
import { useApi } from '../session';
import { RefusalNotice } from './Refusal';
import { threadTopic, type Thread } from './Threads';

type Decision = Schemas['DecisionRequest']['decision'];
type CoordinationAction = Schemas['CoordinationRequest']['action'];
type CheckType = CheckResult['type'];

const DECISIONS: { value: Decision; label: string }[] = [
  { value: 'approve', label: 'Approve' },
  { value: 'request_changes', label: 'Request changes' },
  { value: 'reject', label: 'Reject' },
];

const COORDINATIONS: { value: CoordinationAction; label: string }[] = [
  { value: 'merge', label: 'Merge: the plans become one' },
  { value: 'co_fund', label: 'Co-fund: one funds part of the other' },
  { value: 'justified', label: 'Justified: both are needed as they are' },
];

interface Props {
  plan: Plan;
  etag: string;
  checks: CheckResult[];
  threads: Thread[];
  /** Called after a decision is recorded, or to reload the plan after a refusal. */
  onChanged(): void;
}

/**
 * Approve, reject or request changes on the current version. The console does not second-guess the
 * service's rules (conflicts of interest, one decision a reviewer, the coordination an overlap
 * needs): it says what it knows beforehand, sends, and shows the service's refusal in words.
 */
export function DecisionPanel({ plan, etag, checks, threads, onChanged }: Props) {
  const { api, session } = useApi();
  const [decision, setDecision] = useState<Decision>('approve');
  const [comment, setComment] = useState('');
  const [coordinationAction, setCoordinationAction] = useState<CoordinationAction | ''>('');
  const [coordinationNote, setCoordinationNote] = useState('');
  const [overridden, setOverridden] = useState<CheckType[]>([]);
  const [justification, setJustification] = useState('');
  const [cited, setCited] = useState<string[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The ETag a decision answers with is the plan's next one: a second click before the page has
  // reloaded sends it, and meets the service's real answer rather than a stale-page 412.
  const [ifMatch, setIfMatch] = useState(etag);
  useEffect(() => setIfMatch(etag), [etag]);

  const overlapWarned = checks.some((check) => check.type === 'overlap' && check.status === 'warning');
  const failed = checks.filter((check) => check.status === 'failed').map((check) => check.type);
  const mayOverride = session.role === 'admin' && failed.length > 0;
  // What a request for changes may cite: open threads the lead can read.
  const citable = threads.filter((thread) => thread.visibility === 'participants' && thread.status === 'open');

  const recorded = done && (
    <p className="notice notice-ok" role="status">
      {done}
    </p>
  );
  if (plan.status !== 'awaiting_decision') {
    return (
      <section className="decision" aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        {recorded}
        <p>Decisions are taken while a plan awaits one; this plan is {statusWords(plan.status).toLowerCase()}.</p>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const { data: outcome, etag: next } = withEtag(
        await api.POST('/v1/review/plans/{id}/decisions', {
          params: { path: { id: plan.id }, header: { 'If-Match': ifMatch } },
          body: {
            decision,
            ...(comment.trim() ? { comment: comment.trim() } : {}),
            ...(decision === 'approve' && coordinationAction ? { coordination: { action: coordinationAction, note: coordinationNote.trim() } } : {}),
            ...(decision === 'approve' && mayOverride && overridden.length > 0 ? { override: { checks: overridden, justification: justification.trim() } } : {}),
            ...(decision === 'request_changes' && cited.length > 0 ? { threads: cited } : {}),
          },
        }),
      );
      const what = outcome.decision.decision === 'approve' ? 'Your approval is recorded' : outcome.decision.decision === 'reject' ? 'Your rejection is recorded' : 'Your request for changes is recorded';
      setIfMatch(next);
      setDone(`${what}. The plan is now ${statusWords(outcome.plan.status).toLowerCase()}.`);
      onChanged();
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="decision" onSubmit={submit} aria-labelledby="decision-heading">
      <h2 id="decision-heading">Decision</h2>
      <fieldset>
        <legend>Your decision on version {plan.version}</legend>
        {DECISIONS.map((option) => (
          <div className="choice" key={option.value}>
            <input type="radio" id={`decision-${option.value}`} name="decision" value={option.value} checked={decision === option.value} onChange={() => setDecision(option.value)} />
            <label htmlFor={`decision-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor="decision-comment">Comment{decision === 'approve' ? ' (optional)' : ''}</label>
        <textarea id="decision-comment" rows={3} value={comment} onChange={(event) => setComment(event.target.value)} aria-describedby="decision-comment-help" />
        <p id="decision-comment-help" className="help">
          Required to reject or to request changes: the lead partner reads it.
        </p>
      </div>
      {decision === 'request_changes' && (
        <fieldset className="cite">
          <legend>Threads the lead must address</legend>
          {citable.length === 0 && <p className="help">No open thread the lead can read: open one on a field first to cite it.</p>}
          {citable.map((thread) => (
            <div className="choice" key={thread.id}>
              <input
                type="checkbox"
                id={`cite-${thread.id}`}
                checked={cited.includes(thread.id)}
                onChange={(event) => setCited((previous) => (event.target.checked ? [...previous, thread.id] : previous.filter((id) => id !== thread.id)))}
              />
              <label htmlFor={`cite-${thread.id}`}>
                The thread on {threadTopic(thread, plan)}: “{thread.comments[0]?.body.slice(0, 80)}”
              </label>
            </div>
          ))}
        </fieldset>
      )}
      {decision === 'approve' && overlapWarned && (
        <fieldset className="coordination">
          <legend>Coordination with the overlapping plan</legend>
          <p className="help">The overlap check warned: an approval says how the two plans are coordinated.</p>
          <div className="field">
            <label htmlFor="coordination-action">Resolution</label>
            <select id="coordination-action" value={coordinationAction} onChange={(event) => setCoordinationAction(COORDINATIONS.find((option) => option.value === event.target.value)?.value ?? '')}>
              <option value="">Choose…</option>
              {COORDINATIONS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="coordination-note">Coordination note</label>
            <textarea id="coordination-note" rows={2} value={coordinationNote} onChange={(event) => setCoordinationNote(event.target.value)} />
          </div>
        </fieldset>
      )}
      {decision === 'approve' && mayOverride && (
        <fieldset className="override">
          <legend>Override failed checks (admin)</legend>
          {failed.map((type) => (
            <div className="choice" key={type}>
              <input
                type="checkbox"
                id={`override-${type}`}
                checked={overridden.includes(type)}
                onChange={(event) => setOverridden((previous) => (event.target.checked ? [...previous, type] : previous.filter((check) => check !== type)))}
              />
              <label htmlFor={`override-${type}`}>The {type} check</label>
            </div>
          ))}
          <div className="field">
            <label htmlFor="override-justification">Justification</label>
            <textarea id="override-justification" rows={2} value={justification} onChange={(event) => setJustification(event.target.value)} />
          </div>
        </fieldset>
      )}
      {error !== null && (
        <RefusalNotice
          error={error}
          onReload={() => {
            setError(null);
            onChanged();
          }}
        />
      )}
      {recorded}
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Record the decision'}
      </button>
    </form>
  );
}
