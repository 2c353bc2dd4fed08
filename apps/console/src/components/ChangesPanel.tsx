import type { Plan, PlanChange } from '../api/client';
import { fieldLabel, pointerToField, shownAt } from '../fields';
import { amount, valueWords } from '../format';
import { FieldLink } from './FieldLink';

/** Where a change is in words: the field in the current version, or the item it removed. */
export function changeLabel(change: PlanChange, plan: Plan): string {
  const field = pointerToField(change.path, plan);
  if (field) return fieldLabel(field);
  return change.ref ? `${change.path.startsWith('/indicators/') ? 'Indicator' : 'Activity'} ${change.ref} (removed)` : change.path;
}

/** A changed value: an amount (`/budget/amount`) with its thousands marked, anything else as {@link valueWords} says it. */
export function changeValue(path: string, value: unknown): string {
  return path.endsWith('/amount') && typeof value === 'string' ? amount(value) : valueWords(value);
}

const KIND_WORDS: Record<PlanChange['kind'], string> = { added: 'Added', removed: 'Removed', changed: 'Changed' };

/** The changes from one version to the next, before and after side by side, each a link to its field. */
export function ChangesPanel({ changes, since, plan, fields }: { changes: PlanChange[]; since: number; plan: Plan; fields: ReadonlySet<string> }) {
  if (changes.length === 0) return <p>Version {plan.version} changes nothing in the content of version {since}.</p>;
  return (
    <div className="table-scroll" role="region" aria-label={`Changes table, version ${since} to ${plan.version}`} tabIndex={0}>
      <table className="changes">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Version {since}</th>
            <th scope="col">Version {plan.version}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => {
            const field = pointerToField(change.path, plan);
            const at = field ? shownAt(field, fields) : null;
            return (
              <tr key={change.path} className={`change-${change.kind}`}>
                <th scope="row">
                  {at ? <FieldLink field={at}>{changeLabel(change, plan)}</FieldLink> : changeLabel(change, plan)} <span className="muted">({KIND_WORDS[change.kind].toLowerCase()})</span>
                </th>
                <td className="before">{change.kind === 'added' ? <span className="muted">not there</span> : changeValue(change.path, change.before)}</td>
                <td className="after">{change.kind === 'removed' ? <span className="muted">removed</span> : changeValue(change.path, change.after)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
