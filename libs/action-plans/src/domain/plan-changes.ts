import { canonicalJson } from '@accord/shared';
import type { PlanContent } from './plan-content';

export const CHANGE_KINDS = ['added', 'removed', 'changed'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * One difference between two versions' content. `path` is a JSON Pointer into the content in which
 * activities and indicators are addressed by their ref (`/activities/A2/budget/amount`); `before`
 * is absent for an added item, `after` for a removed one; `ref` names the item the change is in.
 */
export interface PlanChange {
  path: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  ref?: string;
}

/** Every field of the content, in the order changes are listed. */
const CONTENT_FIELDS = [
  'title',
  'summary',
  'countries',
  'goals',
  'programAreas',
  'escaComponents',
  'period',
  'participants',
  'activities',
  'budget',
  'indicators',
  'supersedes',
  'coFunds',
] as const satisfies readonly (keyof PlanContent)[];

/** Lists whose items have a ref: an item is addressed, added, removed and revised by it. */
const ITEM_LISTS = new Set<string>(['activities', 'indicators']);

/**
 * Lists that are sets (codes, plan ids, participants): compared whole and in a canonical order, so
 * that their order is no change, and addressed only whole.
 */
const SET_LISTS = new Set<string>(['countries', 'goals', 'programAreas', 'escaComponents', 'participants', 'supersedes', 'coFunds']);

type Item = { ref: string } & Record<string, unknown>;

/**
 * The changes from `before` to `after`, both canonical content (`canonicalPlanContent`): every field
 * whose value differs, down to the leaves of objects (`/budget/amount`, `/period/end`); activities
 * and indicators matched by ref, so reordering them is no change and a renamed one is a change of
 * its title; set-like lists compared in a canonical order. Items are listed in `after`'s order,
 * removed ones after them.
 */
export function diffPlanContent(before: PlanContent, after: PlanContent): PlanChange[] {
  return CONTENT_FIELDS.flatMap((field) => {
    const path = `/${field}`;
    if (ITEM_LISTS.has(field)) return diffItems(path, before[field] as unknown as Item[], after[field] as unknown as Item[]);
    if (SET_LISTS.has(field)) {
      const [was, is] = [canonicalSet(before[field] as unknown[]), canonicalSet(after[field] as unknown[])];
      return canonicalJson(was) === canonicalJson(is) ? [] : [{ path, kind: 'changed' as const, before: was, after: is }];
    }
    return diffValue(path, before[field], after[field]);
  });
}

function diffItems(path: string, before: readonly Item[], after: readonly Item[]): PlanChange[] {
  const was = new Map(before.map((item) => [item.ref, item]));
  const is = new Set(after.map((item) => item.ref));
  const changes = after.flatMap((item): PlanChange[] => {
    const itemPath = `${path}/${escapeSegment(item.ref)}`;
    const previous = was.get(item.ref);
    if (!previous) return [{ path: itemPath, kind: 'added', after: item, ref: item.ref }];
    return diffValue(itemPath, previous, item).map((change) => ({ ...change, ref: item.ref }));
  });
  const removed = before.filter((item) => !is.has(item.ref)).map((item): PlanChange => ({ path: `${path}/${escapeSegment(item.ref)}`, kind: 'removed', before: item, ref: item.ref }));
  return [...changes, ...removed];
}

function diffValue(path: string, before: unknown, after: unknown): PlanChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    return keys.flatMap((key) => diffValue(`${path}/${escapeSegment(key)}`, before[key] ?? null, after[key] ?? null));
  }
  return canonicalJson(before) === canonicalJson(after) ? [] : [{ path, kind: 'changed', before, after }];
}

/** A set's members in one order, whatever order they were sent in. */
function canonicalSet(values: readonly unknown[]): unknown[] {
  return values
    .map((value) => ({ value, key: canonicalJson(value) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ value }) => value);
}

/**
 * The value at `pointer` in `content`, as the changes address it, or `found: false` when the content
 * has no such field (an item since removed, a path that names nothing). `''` is the whole content.
 */
export function valueAt(content: PlanContent, pointer: string): { found: true; value: unknown } | { found: false } {
  const segments = parsePointer(pointer);
  if (segments === null) return { found: false };
  let value: unknown = content;
  let field: string | undefined;
  for (const [depth, segment] of segments.entries()) {
    if (depth === 1 && field !== undefined && ITEM_LISTS.has(field)) {
      value = (value as Item[]).find((item) => item.ref === segment);
      if (value === undefined) return { found: false };
      continue;
    }
    if (!isObject(value) || !Object.hasOwn(value, segment)) return { found: false };
    value = value[segment];
    if (depth === 0) field = segment;
  }
  if (field !== undefined && SET_LISTS.has(field) && segments.length === 1) return { found: true, value: canonicalSet(value as unknown[]) };
  return { found: true, value };
}

/**
 * Whether the field at `pointer` changed from `before` to `after`, as the changes tell it: a change at
 * the field, inside it, or to what holds it (an item removed). So a list whose items only moved, or
 * the plan as a whole (`''`) after a revision that only reordered, did not change.
 */
export function fieldChanged(before: PlanContent, after: PlanContent, pointer: string): boolean {
  return diffPlanContent(before, after).some(({ path }) => path === pointer || path.startsWith(`${pointer}/`) || pointer.startsWith(`${path}/`));
}

/** The segments of an RFC 6901 JSON Pointer, or null when `pointer` is not one. */
export function parsePointer(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~[^01]|~$/.test(pointer)) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
