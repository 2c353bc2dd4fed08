/**
 * One name per field of a plan's content, so that what points at a field (a check's finding, a
 * 400's detail, a thread's anchor, a change) lands on the same place of the page. The name is the
 * API's field notation (`activities[0].budget.amount`); an anchor's JSON Pointer, which names list
 * items by their `ref` (`/activities/A2/budget/amount`), is turned into it.
 */

const LABELS: Record<string, string> = {
  title: 'Title',
  summary: 'Summary',
  countries: 'Countries',
  goals: 'Goals',
  programAreas: 'Program areas',
  escaComponents: 'ESCA components',
  period: 'Period',
  participants: 'Participants',
  activities: 'Activities',
  budget: 'Budget',
  indicators: 'Indicators',
  supersedes: 'Supersedes',
  coFunds: 'Co-funds',
  description: 'Description',
  country: 'Country',
  sector: 'Sector',
  name: 'Name',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  targetDate: 'Target date',
  amount: 'amount',
  currency: 'currency',
  start: 'start',
  end: 'end',
  partnerCode: 'partner',
  role: 'role',
};

const ITEM_WORD: Record<string, string> = { activities: 'Activity', indicators: 'Indicator', participants: 'Participant' };

/** `activities[0].budget.amount` → `Activity 1 › Budget › amount`. */
export function fieldLabel(field: string): string {
  const parts: string[] = [];
  for (const [, name, index] of field.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)) {
    if (index !== undefined && ITEM_WORD[name]) parts.push(`${ITEM_WORD[name]} ${Number(index) + 1}`);
    else parts.push(index !== undefined ? `${LABELS[name] ?? name} ${Number(index) + 1}` : (LABELS[name] ?? name));
  }
  return parts.join(' › ');
}

/** The element id of a field on the plan page and in the form. */
export function fieldId(field: string): string {
  return `field-${field.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** Content whose list items may carry a `ref`, as issue 20's anchors name them. */
type ItemLists = Record<string, unknown>;

/** `/activities/A2/budget/amount` → `activities[1].budget.amount` in the given content; null when the item is gone. */
export function pointerToField(pointer: string, content: ItemLists): string | null {
  const segments = pointer
    .split('/')
    .slice(1)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  let field = '';
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index];
    const list = field === '' ? content[segment] : undefined;
    if (Array.isArray(list) && index + 1 < segments.length) {
      const key = segments[++index];
      const position = /^\d+$/.test(key) && !list.some((item) => hasRef(item)) ? Number(key) : list.findIndex((item) => hasRef(item) && item.ref === key);
      if (position < 0) return null;
      field = `${segment}[${position}]`;
      continue;
    }
    field = field ? (/^\d+$/.test(segment) ? `${field}[${segment}]` : `${field}.${segment}`) : segment;
  }
  return field;
}

/** `activities[1].sector` → `/activities/A2/sector`: the pointer a thread on that field is anchored to; null when an item has no ref. */
export function fieldToPointer(field: string, content: ItemLists): string | null {
  const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
  const segments: string[] = [];
  for (const [, name, index] of field.matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)) {
    segments.push(name);
    if (index === undefined) continue;
    const list = segments.length === 1 ? content[name] : undefined;
    const item = Array.isArray(list) ? list[Number(index)] : undefined;
    if (!hasRef(item)) return null;
    segments.push(item.ref);
  }
  return `/${segments.map(escape).join('/')}`;
}

function hasRef(item: unknown): item is { ref: string } {
  return typeof item === 'object' && item !== null && 'ref' in item && typeof item.ref === 'string';
}

/**
 * The field a path is shown at: itself when the page shows it, else the nearest field that holds it
 * (`countries[1]` at `countries`, `budget.amount` at `budget`); null when none does.
 */
export function shownAt(field: string, shown: ReadonlySet<string>): string | null {
  for (let candidate = field; candidate; candidate = parentOf(candidate)) {
    if (shown.has(candidate)) return candidate;
  }
  return null;
}

function parentOf(field: string): string {
  const cut = Math.max(field.lastIndexOf('.'), field.lastIndexOf('['));
  return cut > 0 ? field.slice(0, cut) : '';
}
