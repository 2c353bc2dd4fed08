import { useEffect, useMemo, type ReactNode } from 'react';
import { ok, withEtag, type CheckResult, type HistoryEvent, type PlanChange, type PlanDetail } from '../api/client';
import { useCatalogue } from '../catalogue';
import { RecommendationBadge, StatusBadge } from '../components/Badges';
import { ChecksPanel } from '../components/ChecksPanel';
import { DecisionPanel } from '../components/DecisionPanel';
import { Endorsements, LeadActions } from '../components/PartnerActions';
import { ChangesPanel, changeValue } from '../components/ChangesPanel';
import { FindingNote, PlanContentView, shownFields, type FieldNotes } from '../components/PlanContent';
import { RefusalNotice } from '../components/Refusal';
import { OpenThread, ThreadCard, type Thread } from '../components/Threads';
import { fieldLabel, fieldToPointer, pointerToField, shownAt } from '../fields';
import { actorWords, dateTime, eventWords } from '../format';
import { useLoad } from '../load';
import { isCoordinator, useApi } from '../session';

/** While the workers check a submitted plan (milliseconds, usually), the page asks again this often. */
const CHECKING_POLL_MS = 700;

interface PlanData {
  plan: PlanDetail;
  etag: string;
  checks: CheckResult[];
  history: HistoryEvent[];
  threads: Thread[];
  /** What the current version changed since the one before it; none for a first version. */
  changes: { since: number; changes: PlanChange[] } | null;
}

function History({ history }: { history: HistoryEvent[] }) {
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ol className="timeline">
        {[...history].reverse().map((event) => (
          <li key={event.seq}>
            <time dateTime={event.occurredAt}>{dateTime(event.occurredAt)}</time>
            <span className="timeline-what">{eventWords(event)}</span>
            <span className="muted">
              {' '}
              by {actorWords(event.actor)}, version {event.version}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/**
 * What is said about each field, beside it: the checks' findings (warnings and errors), what the
 * current version changed, and the threads anchored to it. Threads on the plan as a whole, or on an
 * item a later version removed, are left for the list under the content.
 */
function notesOf(data: PlanData, fields: ReadonlySet<string>, reload: () => void): { notes: FieldNotes; elsewhere: Thread[] } {
  const { plan, checks, threads, changes } = data;
  const notes: FieldNotes = new Map();
  const add = (field: string, note: ReactNode) => notes.set(field, [...(notes.get(field) ?? []), note]);
  for (const check of checks) {
    check.findings.forEach((finding, index) => {
      const at = finding.path && finding.severity !== 'info' ? shownAt(finding.path, fields) : null;
      if (at) add(at, <FindingNote key={`${check.type}-${index}`} check={check.type} finding={finding} />);
    });
  }
  for (const change of changes?.changes ?? []) {
    const field = pointerToField(change.path, plan);
    const at = field ? shownAt(field, fields) : null;
    if (at && field) {
      add(
        at,
        <p key={`change-${change.path}`} className="change-note">
          <span className="finding-severity">changed</span> {fieldLabel(field)} since version {changes?.since}: {change.kind === 'added' ? 'added' : `${changeValue(change.path, change.before)} → ${changeValue(change.path, change.after)}`}
        </p>,
      );
    }
  }
  const elsewhere: Thread[] = [];
  for (const thread of threads) {
    const field = thread.anchor ? pointerToField(thread.anchor.path, plan) : null;
    const at = field ? shownAt(field, fields) : null;
    const card = <ThreadCard key={thread.id} thread={thread} plan={plan} cited={plan.citedThreads.find((cited) => cited.id === thread.id)} onChanged={reload} />;
    if (at) add(at, card);
    else elsewhere.push(thread);
  }
  return { notes, elsewhere };
}

export function PlanPage({ planId }: { planId: string }) {
  const { api, session } = useApi();
  const { name } = useCatalogue();
  const loaded = useLoad(async (): Promise<PlanData> => {
    const path = { params: { path: { id: planId } } };
    const [plan, checks, history, threads] = await Promise.all([
      api.GET('/v1/plans/{id}', path),
      api.GET('/v1/plans/{id}/checks', path),
      api.GET('/v1/plans/{id}/history', path),
      api.GET('/v1/plans/{id}/threads', path),
    ]);
    const { data, etag } = withEtag(plan);
    const changes = data.version > 1 ? ok(await api.GET('/v1/plans/{id}/versions/{n}/changes', { params: { path: { id: planId, n: data.version } } })) : null;
    return { plan: data, etag, checks: ok(checks), history: ok(history), threads: ok(threads), changes };
  }, [api, planId]);
  const { reload } = loaded;
  const checking = loaded.data && (loaded.data.plan.status === 'submitted' || loaded.data.plan.status === 'in_review');

  useEffect(() => {
    if (!checking || loaded.loading) return;
    const timer = setTimeout(reload, CHECKING_POLL_MS);
    return () => clearTimeout(timer);
  }, [checking, loaded.loading, reload]);

  const fields = useMemo(() => (loaded.data ? shownFields(loaded.data.plan) : new Set<string>()), [loaded.data]);

  if (!loaded.data) {
    return loaded.error !== undefined ? (
      <>
        <h1>Plan</h1>
        <RefusalNotice error={loaded.error} />
      </>
    ) : (
      <p role="status">Loading the plan…</p>
    );
  }

  const { plan, etag, checks, history, threads, changes } = loaded.data;
  const lead = session.role === 'partner' && session.partnerCode === plan.leadPartner;
  const { notes, elsewhere } = notesOf(loaded.data, fields, reload);
  const discuss = (field: string) => {
    const pointer = fieldToPointer(field, plan);
    return pointer && <OpenThread plan={plan} pointer={pointer} topic={fieldLabel(field)} onChanged={reload} />;
  };

  return (
    <>
      <h1>{plan.title}</h1>
      <p className="facts-inline plan-meta">
        <StatusBadge status={plan.status} />
        <span>Version {plan.version}</span>
        <span>Round {plan.round}</span>
        <span>Lead: {name('partners', plan.leadPartner)}</span>
        <span>
          Recommendation: <RecommendationBadge recommendation={plan.recommendation} />
        </span>
        <span>Updated {dateTime(plan.updatedAt)}</span>
        <button type="button" className="link-button" onClick={reload}>
          Reload
        </button>
      </p>
      {loaded.error !== undefined && <RefusalNotice error={loaded.error} onReload={reload} />}
      {checking && (
        <p className="notice" role="status">
          The checks are running…
        </p>
      )}
      {lead && <LeadActions plan={plan} etag={etag} onChanged={reload} />}
      <div className="plan-layout">
        <div className="plan-main">
          <section aria-labelledby="content-heading">
            <h2 id="content-heading">Content of version {plan.version}</h2>
            <PlanContentView plan={plan} notes={notes} discuss={discuss} />
          </section>
          {changes && (
            <section aria-labelledby="changes-heading">
              <h2 id="changes-heading">
                Changes since version {changes.since}
              </h2>
              <ChangesPanel changes={changes.changes} since={changes.since} plan={plan} fields={fields} />
            </section>
          )}
          <section aria-labelledby="threads-heading">
            <h2 id="threads-heading">Threads on the plan</h2>
            {elsewhere.length === 0 && <p>{threads.length ? 'Every thread is beside the field it is about.' : 'No thread yet.'}</p>}
            {elsewhere.map((thread) => (
              <ThreadCard key={thread.id} thread={thread} plan={plan} cited={plan.citedThreads.find((cited) => cited.id === thread.id)} onChanged={reload} />
            ))}
            <OpenThread plan={plan} topic="the plan as a whole" onChanged={reload} />
          </section>
          <History history={history} />
        </div>
        <div className="plan-side">
          <section aria-labelledby="checks-heading">
            <h2 id="checks-heading">Checks of version {plan.version}</h2>
            <ChecksPanel checks={checks} fields={fields} />
          </section>
          <Endorsements plan={plan} history={history} onChanged={reload} />
          {isCoordinator(session) && <DecisionPanel key={plan.version} plan={plan} etag={etag} checks={checks} threads={threads} onChanged={reload} />}
        </div>
      </div>
    </>
  );
}
