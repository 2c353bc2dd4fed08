import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { ApiError, ok, withEtag } from '../api/client';
import { useCatalogue } from '../catalogue';
import { ChoicesField, Group, SelectField, TextField } from '../components/FormFields';
import { RefusalNotice } from '../components/Refusal';
import { fieldId, fieldLabel, shownAt } from '../fields';
import { useLoad } from '../load';
import {
  contentOf,
  draftOf,
  emptyActivity,
  emptyDraft,
  emptyIndicator,
  PARTICIPANT_ROLES,
  problemsFromDetails,
  problemsOf,
  type ActivityDraft,
  type IndicatorDraft,
  type PlanDraft,
  type Problems,
} from '../plan-rules';
import { Link, navigate } from '../router';
import { useApi } from '../session';

/** The fields the form has an input or a group for: a problem is shown at the nearest one. */
function formFields(draft: PlanDraft): Set<string> {
  const fields = new Set(['title', 'summary', 'countries', 'goals', 'programAreas', 'escaComponents', 'period.start', 'period.end', 'participants', 'activities', 'budget.amount', 'budget.currency', 'indicators', 'supersedes', 'coFunds']);
  draft.participants.forEach((_, index) => ['partnerCode', 'role'].forEach((leaf) => fields.add(`participants[${index}].${leaf}`)));
  draft.activities.forEach((_, index) => {
    fields.add(`activities[${index}]`);
    for (const leaf of ['title', 'description', 'country', 'sector', 'period.start', 'period.end', 'budget.amount', 'budget.currency']) fields.add(`activities[${index}].${leaf}`);
  });
  draft.indicators.forEach((_, index) => {
    fields.add(`indicators[${index}]`);
    for (const leaf of ['name', 'unit', 'baseline', 'target', 'targetDate']) fields.add(`indicators[${index}].${leaf}`);
  });
  return fields;
}

/** Problems regrouped by the field they are shown at; those with no field of their own under `form`. */
function placed(problems: Problems, fields: ReadonlySet<string>): Problems {
  const shown: Problems = {};
  for (const [field, messages] of Object.entries(problems)) {
    const at = shownAt(field, fields) ?? 'form';
    (shown[at] ??= []).push(...messages);
  }
  return shown;
}

export function PlanFormPage({ planId }: { planId?: string }) {
  const { api } = useApi();
  const loaded = useLoad(async () => (planId ? withEtag(await api.GET('/v1/plans/{id}', { params: { path: { id: planId } } })) : null), [api, planId]);
  if (planId && !loaded.data) {
    return loaded.error !== undefined ? (
      <>
        <h1>Revise the plan</h1>
        <RefusalNotice error={loaded.error} />
      </>
    ) : (
      <p role="status">Loading the plan…</p>
    );
  }
  const existing = loaded.data ?? null;
  return <PlanForm key={existing?.etag ?? 'new'} planId={planId} initial={existing ? draftOf(existing.data) : emptyDraft()} etag={existing?.etag} title={existing?.data.title} reload={loaded.reload} />;
}

interface FormProps {
  planId?: string;
  initial: PlanDraft;
  etag?: string;
  title?: string;
  reload(): void;
}

function PlanForm({ planId, initial, etag, title, reload }: FormProps) {
  const { api } = useApi();
  const { reference, partners, lists } = useCatalogue();
  const [draft, setDraft] = useState(initial);
  const [problems, setProblems] = useState<Problems>({});
  const [attempted, setAttempted] = useState(false);
  const [refusal, setRefusal] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const fields = useMemo(() => formFields(draft), [draft]);
  const shown = placed(problems, fields);

  // Once the person tried to send, the problems follow their edits.
  useEffect(() => {
    if (attempted) setProblems(problemsOf(draft, lists));
  }, [attempted, draft, lists]);

  const set = <K extends keyof PlanDraft>(key: K, value: PlanDraft[K]) => setDraft((previous) => ({ ...previous, [key]: value }));
  const setActivity = (index: number, change: Partial<ActivityDraft>) => set('activities', draft.activities.map((activity, at) => (at === index ? { ...activity, ...change } : activity)));
  const setIndicator = (index: number, change: Partial<IndicatorDraft>) => set('indicators', draft.indicators.map((indicator, at) => (at === index ? { ...indicator, ...change } : indicator)));

  const showProblems = (found: Problems) => {
    setProblems(found);
    // After the render that shows them: the summary lists them, each a link to its field.
    setTimeout(() => summary.current?.focus(), 0);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setAttempted(true);
    setRefusal(null);
    const found = problemsOf(draft, lists);
    if (Object.keys(found).length > 0) return showProblems(found);
    setBusy(true);
    try {
      const body = contentOf(draft);
      const saved = planId
        ? ok(await api.PUT('/v1/plans/{id}', { params: { path: { id: planId }, header: { 'If-Match': etag } }, body }))
        : ok(await api.POST('/v1/plans', { params: { header: { 'Idempotency-Key': crypto.randomUUID() } }, body }));
      navigate(`/plans/${saved.id}`);
    } catch (refused) {
      setBusy(false);
      if (refused instanceof ApiError && refused.status === 400 && refused.details.length > 0) {
        // The service judged what the form could not: keep its problems until the person edits.
        setAttempted(false);
        return showProblems(problemsFromDetails(refused.details));
      }
      setRefusal(refused);
    }
  };

  const codes = (list: { code: string; name: string }[], withCode = false) => list.map((entry) => ({ code: entry.code, name: withCode ? `${entry.name} (${entry.code})` : entry.name }));
  const currencies = codes(reference.currencies, true).map((entry) => ({ code: entry.code, name: entry.code }));
  const problemCount = Object.values(shown).reduce((total, messages) => total + messages.length, 0);

  return (
    <>
      <h1>{planId ? `Revise “${title}”` : 'New plan'}</h1>
      <p>
        Fields marked <span aria-hidden="true">*</span>
        <span className="visually-hidden">with an asterisk</span> are required. {planId && 'Saving makes a new version, in draft.'}
      </p>
      <form className="plan-form" onSubmit={save} noValidate>
        {problemCount > 0 && (
          <div className="notice notice-error error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
            <p className="notice-title" id="error-summary-title">
              {problemCount === 1 ? 'One problem to fix' : `${problemCount} problems to fix`}
            </p>
            <ul>
              {Object.entries(shown).map(([field, messages]) => (
                <li key={field}>{field === 'form' ? messages.join('; ') : <a href={`#${fieldId(field)}`}>{`${fieldLabel(field)}: ${messages.join('; ')}`}</a>}</li>
              ))}
            </ul>
          </div>
        )}
        <TextField field="title" label="Title" required value={draft.title} onChange={(value) => set('title', value)} problems={shown.title} />
        <TextField field="summary" label="Summary" multiline value={draft.summary} onChange={(value) => set('summary', value)} problems={shown.summary} />
        <ChoicesField field="countries" legend="Countries" required values={draft.countries} onChange={(values) => set('countries', values)} options={codes(reference.countries)} problems={shown.countries} />
        <ChoicesField field="goals" legend="CARSI goals" required values={draft.goals} onChange={(values) => set('goals', values)} options={codes(reference.goals)} problems={shown.goals} />
        <ChoicesField field="programAreas" legend="Program areas" values={draft.programAreas} onChange={(values) => set('programAreas', values)} options={codes(reference.programAreas)} problems={shown.programAreas} help="At most 3." />
        <ChoicesField field="escaComponents" legend="ESCA components" values={draft.escaComponents} onChange={(values) => set('escaComponents', values)} options={codes(reference.escaComponents)} problems={shown.escaComponents} help="At most 4." />
        <fieldset className="group">
          <legend>Period</legend>
          <div className="group-fields">
            <TextField field="period.start" label="Start" type="date" required value={draft.start} onChange={(value) => set('start', value)} problems={shown['period.start']} />
            <TextField field="period.end" label="End" type="date" required value={draft.end} onChange={(value) => set('end', value)} problems={shown['period.end']} />
          </div>
        </fieldset>
        <fieldset className="group">
          <legend>Total budget</legend>
          <div className="group-fields">
            <TextField field="budget.amount" label="Amount" inputMode="decimal" required value={draft.amount} onChange={(value) => set('amount', value)} problems={shown['budget.amount']} help="A decimal with at most two places, e.g. 1500000.00" />
            <SelectField field="budget.currency" label="Currency" value={draft.currency} onChange={(value) => set('currency', value)} options={currencies} problems={shown['budget.currency']} />
          </div>
        </fieldset>

        <Group field="participants" legend="Participants" problems={shown.participants}>
          {draft.participants.map((participant, index) => (
            <div className="row" key={index}>
              <SelectField
                field={`participants[${index}].partnerCode`}
                label={`Participant ${index + 1}`}
                empty="Choose a partner…"
                value={participant.partnerCode}
                onChange={(value) => set('participants', draft.participants.map((item, at) => (at === index ? { ...item, partnerCode: value } : item)))}
                options={partners.map((partner) => ({ code: partner.code, name: `${partner.name} (${partner.code})` }))}
                problems={shown[`participants[${index}].partnerCode`]}
              />
              <SelectField
                field={`participants[${index}].role`}
                label={`Role of participant ${index + 1}`}
                value={participant.role}
                onChange={(value) => set('participants', draft.participants.map((item, at) => (at === index ? { ...item, role: PARTICIPANT_ROLES.find((role) => role === value) ?? item.role } : item)))}
                options={PARTICIPANT_ROLES.map((role) => ({ code: role, name: role.toLowerCase() }))}
                problems={shown[`participants[${index}].role`]}
              />
              <button type="button" className="secondary" onClick={() => set('participants', draft.participants.filter((_, at) => at !== index))}>
                Remove participant {index + 1}
              </button>
            </div>
          ))}
          <button type="button" className="secondary" onClick={() => set('participants', [...draft.participants, { partnerCode: '', role: 'IMPLEMENTING' }])}>
            Add a participant
          </button>
        </Group>

        <Group field="activities" legend="Activities" problems={shown.activities}>
          {draft.activities.map((activity, index) => (
            <Group
              key={index}
              field={`activities[${index}]`}
              legend={`Activity ${index + 1}`}
              problems={shown[`activities[${index}]`]}
              actions={
                draft.activities.length > 1 && (
                  <button type="button" className="secondary" onClick={() => set('activities', draft.activities.filter((_, at) => at !== index))}>
                    Remove activity {index + 1}
                  </button>
                )
              }
            >
              <div className="group-fields">
                <TextField field={`activities[${index}].title`} label="Title" required value={activity.title} onChange={(value) => setActivity(index, { title: value })} problems={shown[`activities[${index}].title`]} />
                <TextField field={`activities[${index}].description`} label="Description" multiline value={activity.description} onChange={(value) => setActivity(index, { description: value })} problems={shown[`activities[${index}].description`]} />
                <SelectField field={`activities[${index}].country`} label="Country" empty="None" value={activity.country} onChange={(value) => setActivity(index, { country: value })} options={codes(reference.countries)} problems={shown[`activities[${index}].country`]} />
                <SelectField field={`activities[${index}].sector`} label="DAC sector" empty="None" value={activity.sector} onChange={(value) => setActivity(index, { sector: value })} options={codes(reference.dacSectors, true)} problems={shown[`activities[${index}].sector`]} />
                <TextField field={`activities[${index}].period.start`} label="Start" type="date" value={activity.start} onChange={(value) => setActivity(index, { start: value })} problems={shown[`activities[${index}].period.start`]} />
                <TextField field={`activities[${index}].period.end`} label="End" type="date" value={activity.end} onChange={(value) => setActivity(index, { end: value })} problems={shown[`activities[${index}].period.end`]} />
                <TextField field={`activities[${index}].budget.amount`} label="Budget" inputMode="decimal" value={activity.amount} onChange={(value) => setActivity(index, { amount: value })} problems={shown[`activities[${index}].budget.amount`]} />
                <SelectField field={`activities[${index}].budget.currency`} label="Budget currency" value={activity.currency} onChange={(value) => setActivity(index, { currency: value })} options={currencies} problems={shown[`activities[${index}].budget.currency`]} />
              </div>
            </Group>
          ))}
          <button type="button" className="secondary" onClick={() => set('activities', [...draft.activities, emptyActivity(draft.currency)])}>
            Add an activity
          </button>
        </Group>

        <Group field="indicators" legend="Indicators" problems={shown.indicators}>
          {draft.indicators.map((indicator, index) => (
            <Group
              key={index}
              field={`indicators[${index}]`}
              legend={`Indicator ${index + 1}`}
              problems={shown[`indicators[${index}]`]}
              actions={
                <button type="button" className="secondary" onClick={() => set('indicators', draft.indicators.filter((_, at) => at !== index))}>
                  Remove indicator {index + 1}
                </button>
              }
            >
              <div className="group-fields">
                <TextField field={`indicators[${index}].name`} label="Name" required value={indicator.name} onChange={(value) => setIndicator(index, { name: value })} problems={shown[`indicators[${index}].name`]} />
                <TextField field={`indicators[${index}].unit`} label="Unit" value={indicator.unit} onChange={(value) => setIndicator(index, { unit: value })} problems={shown[`indicators[${index}].unit`]} />
                <TextField field={`indicators[${index}].baseline`} label="Baseline" inputMode="decimal" value={indicator.baseline} onChange={(value) => setIndicator(index, { baseline: value })} problems={shown[`indicators[${index}].baseline`]} />
                <TextField field={`indicators[${index}].target`} label="Target" inputMode="decimal" value={indicator.target} onChange={(value) => setIndicator(index, { target: value })} problems={shown[`indicators[${index}].target`]} />
                <TextField field={`indicators[${index}].targetDate`} label="Target date" type="date" value={indicator.targetDate} onChange={(value) => setIndicator(index, { targetDate: value })} problems={shown[`indicators[${index}].targetDate`]} />
              </div>
            </Group>
          ))}
          <button type="button" className="secondary" onClick={() => set('indicators', [...draft.indicators, emptyIndicator()])}>
            Add an indicator
          </button>
        </Group>

        <TextField field="supersedes" label="Supersedes (plan ids, one a line)" multiline value={draft.supersedes} onChange={(value) => set('supersedes', value)} problems={shown.supersedes} help="The plans this consolidated plan replaces once approved." />
        <TextField field="coFunds" label="Co-funds (plan ids, one a line)" multiline value={draft.coFunds} onChange={(value) => set('coFunds', value)} problems={shown.coFunds} help="The plans this plan co-funds." />

        {refusal !== null && (
          <RefusalNotice
            error={refusal}
            onReload={() => {
              setRefusal(null);
              reload();
            }}
          />
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : planId ? 'Save the revision' : 'Create the draft'}
          </button>
          <Link to={planId ? `/plans/${planId}` : '/plans'}>Cancel</Link>
        </div>
      </form>
    </>
  );
}
