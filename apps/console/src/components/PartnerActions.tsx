import { useState, type FormEvent } from 'react';
import { ok, type HistoryEvent, type Plan } from '../api/client';
import { dateTime } from '../format';
import { Link } from '../router';
import { useApi, type Session } from '../session';
import { RefusalNotice } from './Refusal';

const FINAL = ['approved', 'rejected', 'withdrawn', 'superseded'];

/**
 * Whether the key's organisation may endorse the plan, as the service decides it: the government of
 * one of its countries, or a regional body (SICA) when the plan is regional.
 */
export function mayEndorse(session: Session, plan: Plan): boolean {
  const partner = session.partner;
  if (session.role !== 'partner' || !partner || FINAL.includes(plan.status)) return false;
  const countries = new Set([...plan.countries, ...plan.activities.flatMap((activity) => (activity.country ? [activity.country] : []))]);
  if (partner.kind === 'RECIPIENT_GOVERNMENT' && partner.country !== null && partner.country !== undefined && countries.has(partner.country)) return true;
  return partner.kind === 'REGIONAL_BODY' && countries.size >= 2;
}

/** The lead partner's actions on its plan: revise while it may be revised, submit a draft. */
export function LeadActions({ plan, etag, onChanged }: { plan: Plan; etag: string; onChanged(): void }) {
  const { api } = useApi();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const revisable = plan.status === 'draft' || plan.status === 'changes_requested';

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      ok(await api.POST('/v1/plans/{id}/submit', { params: { path: { id: plan.id }, header: { 'If-Match': etag } } }));
      onChanged();
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };

  if (!revisable) return null;
  return (
    <div className="actions">
      <Link to={`/plans/${plan.id}/edit`} className="button">
        {plan.status === 'draft' ? 'Edit the draft' : 'Revise the plan'}
      </Link>
      {plan.status === 'draft' && (
        <button type="button" onClick={() => void submit()} disabled={busy}>
          {busy ? 'Submitting…' : 'Submit for review'}
        </button>
      )}
      {plan.status === 'changes_requested' && <p className="help">A revision becomes a new version, in draft: submit it from there.</p>}
      {error !== null && (
        <RefusalNotice
          error={error}
          onReload={() => {
            setError(null);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

/** Who endorsed which version; the government (or SICA) may endorse the current one here. */
export function Endorsements({ plan, history, onChanged }: { plan: Plan; history: HistoryEvent[]; onChanged(): void }) {
  const { api, session } = useApi();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const endorsements = history.flatMap((event) => (event.type === 'ActionPlanEndorsed' ? [event] : []));
  const mine = endorsements.some((event) => event.version === plan.version && event.data.partnerCode === session.partnerCode);

  const endorse = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      ok(await api.POST('/v1/plans/{id}/endorsements', { params: { path: { id: plan.id } }, body: comment.trim() ? { comment: comment.trim() } : {} }));
      setComment('');
      onChanged();
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="endorsements-heading">
      <h2 id="endorsements-heading">Endorsements</h2>
      {endorsements.length === 0 ? (
        <p>No endorsement yet.</p>
      ) : (
        <ul className="plain">
          {endorsements.map((event) => (
            <li key={event.seq}>
              Version {event.version}: {event.data.partnerCode}
              {event.data.comment ? `, “${event.data.comment}”` : ''} <span className="muted">({dateTime(event.occurredAt)})</span>
            </li>
          ))}
        </ul>
      )}
      {mayEndorse(session, plan) && !mine && (
        <form onSubmit={endorse} className="endorse">
          <div className="field">
            <label htmlFor="endorsement-comment">Endorsement comment (optional)</label>
            <textarea id="endorsement-comment" rows={2} value={comment} onChange={(event) => setComment(event.target.value)} />
          </div>
          {error !== null && <RefusalNotice error={error} onReload={onChanged} />}
          <button type="submit" disabled={busy}>
            {busy ? 'Endorsing…' : `Endorse version ${plan.version}`}
          </button>
        </form>
      )}
      {mine && <p className="notice notice-ok">Your organisation endorsed version {plan.version}.</p>}
    </section>
  );
}
