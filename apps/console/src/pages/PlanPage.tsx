import { useEffect, useMemo, type ReactNode } from 'react';
import { ok, withEtag, type CheckResult, type HistoryEvent, type Plan } from '../api/client';
import { useCatalogue } from '../catalogue';
import { RecommendationBadge, StatusBadge } from '../components/Badges';
import { ChecksPanel } from '../components/ChecksPanel';
import { DecisionPanel } from '../components/DecisionPanel';
import { Endorsements, LeadActions } from '../components/PartnerActions';
import { FindingNote, PlanContentView, shownFields, type FieldNotes } from '../components/PlanContent';
import { RefusalNotice } from '../components/Refusal';
import { shownAt } from '../fields';
import { actorWords, dateTime, eventWords } from '../format';
import { useLoad } from '../load';
import { isCoordinator, useApi } from '../session';

/** While the workers check a submitted plan (milliseconds, usually), the page asks again this often. */
const CHECKING_POLL_MS = 700;

interface PlanData {
  plan: Plan;
  etag: string;
  checks: CheckResult[];
  history: HistoryEvent[];
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

/** Each check's findings pinned to the field they name, beside it. */
function notesOf(checks: CheckResult[], fields: ReadonlySet<string>): FieldNotes {
  const notes: FieldNotes = new Map();
  const add = (field: string, note: ReactNode) => notes.set(field, [...(notes.get(field) ?? []), note]);
  for (const check of checks) {
    check.findings.forEach((finding, index) => {
      const at = finding.path && finding.severity !== 'info' ? shownAt(finding.path, fields) : null;
      if (at) add(at, <FindingNote key={`${check.type}-${index}`} check={check.type} finding={finding} />);
    });
  }
  return notes;
}

export function PlanPage({ planId }: { planId: string }) {
  const { api, session } = useApi();
  const { name } = useCatalogue();
  const loaded = useLoad(async (): Promise<PlanData> => {
    const path = { params: { path: { id: planId } } };
    const [plan, checks, history] = await Promise.all([api.GET('/v1/plans/{id}', path), api.GET('/v1/plans/{id}/checks', path), api.GET('/v1/plans/{id}/history', path)]);
    const { data, etag } = withEtag(plan);
    return { plan: data, etag, checks: ok(checks), history: ok(history) };
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

  const { plan, etag, checks, history } = loaded.data;
  const lead = session.role === 'partner' && session.partnerCode === plan.leadPartner;
  const notes = notesOf(checks, fields);

  return (
    <>
      <h1>{plan.title}</h1>
      <p className="facts-inline plan-meta">
        <StatusBadge status={plan.status} />
        <span>Version {plan.version}</span>
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
            <PlanContentView plan={plan} notes={notes} />
          </section>
          <History history={history} />
        </div>
        <div className="plan-side">
          <section aria-labelledby="checks-heading">
            <h2 id="checks-heading">Checks of version {plan.version}</h2>
            <ChecksPanel checks={checks} fields={fields} />
          </section>
          <Endorsements plan={plan} history={history} onChanged={reload} />
          {isCoordinator(session) && <DecisionPanel key={plan.version} plan={plan} etag={etag} checks={checks} onChanged={reload} />}
        </div>
      </div>
    </>
  );
}
