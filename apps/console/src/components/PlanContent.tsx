import { createContext, useContext, type ReactNode } from 'react';
import type { Finding, Plan } from '../api/client';
import { useCatalogue } from '../catalogue';
import { fieldId, fieldLabel } from '../fields';
import { money } from '../format';

/** What is said about one field beside it: the checks' findings now, the threads anchored to it. */
export type FieldNotes = Map<string, ReactNode[]>;

/** The fields the content view shows, each with an anchor: findings and threads attach to the nearest one. */
export function shownFields(plan: Pick<Plan, 'activities' | 'indicators'>): Set<string> {
  const fields = new Set(['title', 'summary', 'countries', 'goals', 'programAreas', 'escaComponents', 'period', 'participants', 'budget', 'activities', 'indicators', 'supersedes', 'coFunds']);
  plan.activities.forEach((_, index) => {
    for (const leaf of ['', '.description', '.country', '.sector', '.period', '.budget']) fields.add(`activities[${index}]${leaf}`);
  });
  (plan.indicators ?? []).forEach((_, index) => {
    for (const leaf of ['', '.baseline', '.target', '.targetDate']) fields.add(`indicators[${index}]${leaf}`);
  });
  return fields;
}

/** A finding as it is pinned to its field: its severity in a word, its message. */
export function FindingNote({ check, finding }: { check: string; finding: Finding }) {
  return (
    <p className={`finding finding-${finding.severity}`}>
      <span className="finding-severity">{finding.severity}</span> {check}: {finding.message}
    </p>
  );
}

interface Annotations {
  notes: FieldNotes;
  /** A control to open a thread on a field, for those who may. */
  discuss?(field: string): ReactNode;
}

const AnnotationsContext = createContext<Annotations>({ notes: new Map() });

function Field({ field, label, children }: { field: string; label?: string; children: ReactNode }) {
  const { notes, discuss } = useContext(AnnotationsContext);
  const attached = notes.get(field) ?? [];
  return (
    <div className={`field-row${attached.length ? ' has-notes' : ''}`} id={fieldId(field)} tabIndex={-1}>
      <div className="field-value">
        <p className="field-name">{label ?? fieldLabel(field)}</p>
        <div>{children}</div>
        {discuss?.(field)}
      </div>
      {attached.length > 0 && (
        <div className="field-notes" aria-label={`About ${fieldLabel(field)}`} role="group">
          {attached}
        </div>
      )}
    </div>
  );
}

const none = <span className="muted">—</span>;

/** The content of a plan's version, field by field, with what is said about each beside it. */
export function PlanContentView({ plan, notes, discuss }: { plan: Plan } & Annotations) {
  const { name } = useCatalogue();
  const codes = (list: 'countries' | 'goals' | 'programAreas' | 'escaComponents', values: string[] | null | undefined) =>
    values?.length ? values.map((code) => `${name(list, code)} (${code})`).join(', ') : none;
  const ids = (values: string[] | null | undefined) => (values?.length ? <ul className="plain">{values.map((id) => <li key={id}><code>{id}</code></li>)}</ul> : none);

  return (
    <AnnotationsContext.Provider value={{ notes, discuss }}>
    <div className="plan-content">
      <Field field="title">
        {plan.title}
      </Field>
      <Field field="summary">
        {plan.summary || none}
      </Field>
      <Field field="countries">
        {codes('countries', plan.countries)}
      </Field>
      <Field field="goals">
        {codes('goals', plan.goals)}
      </Field>
      <Field field="programAreas">
        {codes('programAreas', plan.programAreas)}
      </Field>
      <Field field="escaComponents">
        {codes('escaComponents', plan.escaComponents)}
      </Field>
      <Field field="period">
        {plan.period.start} to {plan.period.end}
      </Field>
      <Field field="participants">
        {plan.participants?.length ? (
          <ul className="plain">
            {plan.participants.map((participant) => (
              <li key={participant.partnerCode}>
                {name('partners', participant.partnerCode)}: {participant.role.toLowerCase()}
              </li>
            ))}
          </ul>
        ) : (
          none
        )}
      </Field>
      <Field field="budget">
        {money(plan.budget)}
      </Field>
      <Field field="activities">
        {plan.activities.length} {plan.activities.length === 1 ? 'activity' : 'activities'}
      </Field>
      {plan.activities.map((activity, index) => (
        <div className="item-group" key={index}>
          <Field field={`activities[${index}]`} label={`Activity ${index + 1}`}>
            <strong>{activity.title}</strong>
          </Field>
          <Field field={`activities[${index}].description`}>
            {activity.description || none}
          </Field>
          <Field field={`activities[${index}].country`}>
            {activity.country ? name('countries', activity.country) : none}
          </Field>
          <Field field={`activities[${index}].sector`}>
            {activity.sector ? `${name('dacSectors', activity.sector)} (${activity.sector})` : none}
          </Field>
          <Field field={`activities[${index}].period`}>
            {activity.period ? `${activity.period.start} to ${activity.period.end}` : none}
          </Field>
          <Field field={`activities[${index}].budget`}>
            {money(activity.budget)}
          </Field>
        </div>
      ))}
      <Field field="indicators">
        {plan.indicators?.length ? `${plan.indicators.length} indicator${plan.indicators.length === 1 ? '' : 's'}` : none}
      </Field>
      {(plan.indicators ?? []).map((indicator, index) => (
        <div className="item-group" key={index}>
          <Field field={`indicators[${index}]`} label={`Indicator ${index + 1}`}>
            <strong>{indicator.name}</strong>
            {indicator.unit ? ` (${indicator.unit})` : ''}
          </Field>
          <Field field={`indicators[${index}].baseline`}>
            {indicator.baseline ?? none}
          </Field>
          <Field field={`indicators[${index}].target`}>
            {indicator.target ?? none}
          </Field>
          <Field field={`indicators[${index}].targetDate`}>
            {indicator.targetDate ?? none}
          </Field>
        </div>
      ))}
      <Field field="supersedes">
        {ids(plan.supersedes)}
      </Field>
      <Field field="coFunds">
        {ids(plan.coFunds)}
      </Field>
    </div>
    </AnnotationsContext.Provider>
  );
}
