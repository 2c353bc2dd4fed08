import fc from 'fast-check';
import type { OpenApiModel, Operation, Parameter } from './openapi-model';

/**
 * A request as fast-check generates it: a small recipe of choices (which operation, which token,
 * which parameter values, which mutations of the body, which encoding), materialized into bytes
 * only when it is sent. Recipes stay short in a failure report however big the body they make
 * (100,000-character strings, 500 levels of nesting), and the same seed makes the same requests.
 */
export interface Recipe {
  target: { kind: 'operation'; op: number } | { kind: 'undeclared'; path: number; method: number };
  role: 'preferred' | TokenRole;
  params: { kind: 'fixture' | 'random' | 'invalid'; variant: number; uuid: string }[];
  query: { param: number; valid: boolean; variant: number }[];
  extraQuery: number | null;
  headers: { kind: 'parameter' | 'extra'; variant: number; valid: boolean }[];
  body: { choice: number; mutations: Mutation[] };
  encoding: { kind: Encoding; variant: number };
  /** -1 for the operation's own content type. */
  contentType: number;
}

export type TokenRole = 'partner' | 'otherPartner' | 'reviewer' | 'admin';

export interface Mutation {
  kind: MutationKind;
  /** Which place in the body (an index into its places, modulo their number). */
  at: number;
  variant: number;
}

const MUTATION_KINDS = [
  'wrongType',
  'null',
  'hugeNumber',
  'hugeString',
  'deepNesting',
  'unicode',
  'protoKey',
  'invalidId',
  'extraField',
  'arrayForObject',
  'objectForArray',
  'dropField',
  'injection',
  'duplicateItems',
] as const;
type MutationKind = (typeof MUTATION_KINDS)[number];
const STRING_MUTATIONS = new Set<MutationKind>(['unicode', 'hugeString', 'injection']);

const ENCODINGS = [
  'truncated',
  'trailingGarbage',
  'byteOrderMark',
  'singleQuotes',
  'javascript',
  'empty',
  'bareValue',
  'invalidUtf8',
  'utf16',
  'duplicateKeys',
  'contentEncoding',
] as const;
type Encoding = 'json' | (typeof ENCODINGS)[number];

export const CONTENT_TYPES: (string | null)[] = [
  null,
  '',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'APPLICATION/JSON',
  'application/json;;;',
  'application/vnd.api+json',
  'application/merge-patch+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----accord',
  'application/xml',
  'text/xml',
  'application/octet-stream',
  '*/*',
  'json',
  'application/json, text/plain',
];

/** Methods sent to known paths that do not declare them (Node's client cannot send CONNECT). */
export const UNDECLARED_METHODS = ['patch', 'options', 'head', 'trace', 'put', 'post', 'delete', 'get', 'propfind', 'search', 'purge', 'lock'];

const HUGE_LENGTH = 100_000;
const TYPE_SWAPS: unknown[] = [0, 1, -1, 1.5, true, false, [], {}, 'string', [null], [[]], { a: 1 }, '1', 'true', ' '];
/** Raw JSON number tokens, spliced into the text after JSON.stringify (which cannot write them). */
const RAW_NUMBERS = ['1e400', '-1e400', '9007199254740993', '123456789012345678901234567890.123456789', '1e-400', '-0', '0.0000000000000000000000001', '1' + '0'.repeat(400)];
const HUGE_NUMBERS: unknown[] = [1e308, -1e308, 5e-324, 2 ** 31, -(2 ** 31) - 1, 2 ** 32, 2 ** 53, -(2 ** 53), Number.MAX_VALUE];
const UNICODE = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uD83Dy',
  '\uDC00\uD800',
  '\uFEFF',
  '\u202Eevil',
  '🇭🇳',
  'e\u0301',
  'ＨＮ',
  '١٥٠٠',
  '\u200B',
  '\uFFFF',
  '\uFFFE',
  '\n\r\t\v\f',
  '\u0085\u2028\u2029',
  'İı',
  'ß',
  '𝕬𝖈𝖈𝖔𝖗𝖉',
  '\u0001\u001F\u007F',
];
const INJECTIONS = [
  "' OR '1'='1",
  "'; drop table action_plan; --",
  '$1',
  '%',
  '_%',
  '\\',
  '<script>alert(1)</script>',
  '${jndi:ldap://127.0.0.1/a}',
  '{{7*7}}',
  '../../../../etc/passwd',
  '%s%s%s%n',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  '[object Object]',
  '{"$gt": ""}',
  '0x10',
  '1e3',
];
export const INVALID_IDS = [
  'not-a-uuid',
  '0',
  '-1',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF',
  '0192f5c0-0000-7000-8000-00000000000',
  '0192f5c0-0000-7000-8000-0000000000000',
  '0192f5c0000070008000000000000000',
  '{0192f5c0-0000-7000-8000-000000000000}',
  "1' OR '1'='1",
  '%00',
  '%',
  '%ff',
  '%2e%2e%2f%2e%2e',
  '..',
  'x'.repeat(3000),
  '{id}',
  ':id',
  'null',
  '[]',
  '1e400',
  '%E2%80%AE',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%C0%AF',
  '%20',
  'constructor',
  '__proto__',
];
const INVALID_NUMBERS = ['0', '-1', '1.5', 'abc', '1e3', '01', '999999999', '1000000000', '9'.repeat(400), '%20', '0x1', 'NaN', 'Infinity', ''];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf', '__lookupGetter__'];
const PROTO_VALUES: unknown[] = [{ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, 'polluted', null, 1, [{ polluted: 'yes' }]];
const EXTRA_KEYS = ['zzz', 'id', 'status', 'version', 'leadPartner', 'createdAt', 'role', 'partnerCode', 'isAdmin', '$where', '$gt', '', ' ', 'title ', 'Title'];
const IDEMPOTENCY_KEYS = ['', ' ', 'x'.repeat(300), 'x'.repeat(8000), 'ü', '"quoted"', '\t', 'a b', '*'];
const IF_MATCH = ['"1"', '"2"', '*', 'W/"1"', '1', '"999999999999"', '"-1"', 'garbage', '""', '"1", "2"', '"' + 'x'.repeat(5000) + '"'];
const EXTRA_HEADERS: [string, string][] = [
  ['accept', 'application/xml'],
  ['accept', 'text/html'],
  ['accept-encoding', 'gzip, deflate, br'],
  ['x-request-id', 'x'.repeat(5000)],
  ['x-request-id', '../../etc'],
  ['x-forwarded-for', '127.0.0.1'],
  ['x-http-method-override', 'DELETE'],
  ['origin', 'https://evil.example'],
  ['cookie', 'session=1'],
  ['authorization-x', 'Bearer nothing'],
  ['range', 'bytes=0-1'],
  ['expect', '100-continue'],
];

export function recipeArbitrary(model: OpenApiModel): fc.Arbitrary<Recipe> {
  const operations = model.operations.length;
  const paths = model.paths.size;
  const nat = fc.nat({ max: 1_000_000 });
  const mutation = fc.record({ kind: fc.constantFrom(...MUTATION_KINDS), at: nat, variant: nat });
  return fc.record({
    target: fc.oneof(
      { weight: 14, arbitrary: fc.record({ kind: fc.constant('operation' as const), op: fc.nat({ max: operations - 1 }) }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('undeclared' as const), path: fc.nat({ max: paths - 1 }), method: fc.nat({ max: UNDECLARED_METHODS.length - 1 }) }) },
    ),
    role: fc.oneof({ weight: 6, arbitrary: fc.constant('preferred' as const) }, { weight: 1, arbitrary: fc.constantFrom('partner' as const, 'otherPartner' as const, 'reviewer' as const, 'admin' as const) }),
    params: fc.array(
      fc.record({
        kind: fc.oneof({ weight: 4, arbitrary: fc.constant('fixture' as const) }, { weight: 1, arbitrary: fc.constant('random' as const) }, { weight: 2, arbitrary: fc.constant('invalid' as const) }),
        variant: nat,
        uuid: fc.uuid(),
      }),
      { minLength: 2, maxLength: 2 },
    ),
    query: fc.array(fc.record({ param: nat, valid: fc.boolean(), variant: nat }), { maxLength: 4 }),
    extraQuery: fc.option(nat, { freq: 6 }),
    headers: fc.array(fc.record({ kind: fc.constantFrom('parameter' as const, 'extra' as const), variant: nat, valid: fc.boolean() }), { maxLength: 2 }),
    body: fc.record({
      choice: nat,
      // One mutation of a valid body most often: it reaches the code behind validation when the
      // mutation is one validation lets through (a NUL in a title), which several rarely do.
      mutations: fc.oneof(
        { weight: 2, arbitrary: fc.constant<Mutation[]>([]) },
        { weight: 4, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 1 }) },
        { weight: 2, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 3 }) },
      ),
    }),
    encoding: fc.oneof(
      { weight: 8, arbitrary: fc.constant({ kind: 'json' as Encoding, variant: 0 }) },
      { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom<Encoding>(...ENCODINGS), variant: nat }) },
    ),
    contentType: fc.oneof({ weight: 8, arbitrary: fc.constant(-1) }, { weight: 1, arbitrary: fc.nat({ max: CONTENT_TYPES.length - 1 }) }),
  });
}

/** What a recipe needs from the running stack: tokens and ids that exist. */
export interface Fixtures {
  tokens: Record<TokenRole, string>;
  /** Ids of things that exist (plans of the partner's and of another, a webhook). */
  ids: string[];
}

export interface MaterializedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Which documented operation it is, if any. */
  operation?: Operation;
  /** True when the body is well-formed JSON of the documented content type (or there is none). */
  wellFormed: boolean;
  /** What was done to the documented request, in words, for a failure report. */
  done: string[];
}

const pickFrom = <T>(values: readonly T[], variant: number): T => values[Math.abs(variant) % values.length];
/**
 * A copy of one of the shared objects or arrays above: put in a body as is, a later mutation of the
 * same body would change the shared one, and could make it hold itself (a cycle no JSON can write).
 */
const freshFrom = <T>(values: readonly T[], variant: number): T => structuredClone(pickFrom(values, variant));

function preferredRole(path: string): TokenRole {
  if (path.startsWith('/v1/admin/')) return 'admin';
  if (path.startsWith('/v1/review/')) return 'reviewer';
  return 'partner';
}

function pathValue(param: Parameter | undefined, choice: Recipe['params'][number], fixtures: Fixtures): string {
  const numeric = param?.schema?.type === 'number' || param?.schema?.type === 'integer';
  if (numeric) {
    if (choice.kind === 'invalid') return encodeIfNeeded(pickFrom(INVALID_NUMBERS, choice.variant));
    return String(choice.kind === 'fixture' ? 1 + (choice.variant % 3) : 1 + (choice.variant % 1000));
  }
  if (choice.kind === 'fixture') return pickFrom(fixtures.ids, choice.variant);
  if (choice.kind === 'random') return choice.uuid;
  return encodeIfNeeded(pickFrom(INVALID_IDS, choice.variant));
}

/**
 * Values meant as raw URL text (`%00`, `%ff`) are sent as they are; anything else is percent-encoded,
 * a lone surrogate as the three bytes WTF-8 gives it (which no UTF-8 decoder accepts).
 */
function encodeIfNeeded(value: string): string {
  if (/^[\x21-\x7e]*$/.test(value)) return value;
  return value.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff) return ['%ED', 0xa0 | ((code >> 6) & 0x1f), 0x80 | (code & 0x3f)].map((part) => (typeof part === 'number' ? `%${part.toString(16).toUpperCase()}` : part)).join('');
    return encodeURIComponent(unit);
  });
}

function queryValue(param: Parameter, entry: Recipe['query'][number], model: OpenApiModel): string[] {
  if (entry.valid) return [String(model.sample(param.schema, entry.variant))];
  const bad = [
    '',
    ' ',
    '-1',
    '0',
    '101',
    '1e400',
    '1.5',
    'NaN',
    'x'.repeat(2000),
    'x'.repeat(20000),
    'ZZ',
    'hn',
    "' OR 1=1 --",
    '%00',
    '\u0000',
    '\uD800',
    '🇭🇳',
    '[]',
    '{}',
    'true',
    '2027-02-30',
    '99999-01-01',
    '../',
  ];
  const value = pickFrom(bad, entry.variant);
  // Some are repeated: `?status=a&status=b` makes an array of what the route takes as one value.
  return entry.variant % 5 === 0 ? [value, value + '2'] : [value];
}

const EXTRA_QUERIES = ['zzz=1', '__proto__[polluted]=yes', 'constructor[prototype][polluted]=yes', 'limit=1&limit=2', '%=%', 'a[]=1&a[]=2', '&&&', '=', 'x=%ff', 'x=%ED%A0%80'];

/**
 * The places in a value, as paths of keys (the root is []), breadth first: at most the first 2,000,
 * none deeper than 40 (past that, a body already nested 500 deep is nested no further).
 */
function places(root: unknown): (string | number)[][] {
  const out: (string | number)[][] = [];
  const queue: [unknown, (string | number)[]][] = [[root, []]];
  for (let head = 0; head < queue.length && out.length < 2000; head++) {
    const [value, path] = queue[head];
    out.push(path);
    if (path.length >= 40 || !value || typeof value !== 'object') continue;
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) queue.push([(value as Record<string | number, unknown>)[key], [...path, key]]);
  }
  return out;
}

function getAt(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)?.[key], root);
}

/** Replaces the value at a path, as an own data property (never through a `__proto__` setter). */
function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  Object.defineProperty(parent, path[path.length - 1], { value, enumerable: true, writable: true, configurable: true });
  return root;
}

function nested(depth: number, variant: number): unknown {
  let value: unknown = variant % 2 ? 'deep' : { title: 'deep' };
  for (let level = 0; level < depth; level++) value = (level + variant) % 3 === 0 ? [value] : { a: value };
  return value;
}

interface BodyText {
  value: unknown;
  raws: string[];
}

function mutate(body: BodyText, mutation: Mutation, done: string[]): BodyText {
  const all = places(body.value);
  // Text mutations go to the body's strings when it has some.
  const strings = STRING_MUTATIONS.has(mutation.kind) ? all.filter((path) => typeof getAt(body.value, path) === 'string') : [];
  const at = strings.length ? strings[mutation.at % strings.length] : all[mutation.at % all.length];
  done.push(`body: ${mutation.kind} at ${at.length ? at.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('').replace(/^\./, '') : 'the root'}`);
  const current = getAt(body.value, at);
  const containers = all.filter((path) => {
    const value = getAt(body.value, path);
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  });
  const container = containers.length ? containers[mutation.at % containers.length] : null;
  const v = mutation.variant;
  const raw = (token: string) => {
    body.raws.push(token);
    return `@@RAW:${body.raws.length - 1}@@`;
  };
  const replace = (value: unknown) => ({ ...body, value: setAt(body.value, at, value) });
  switch (mutation.kind) {
    case 'wrongType':
      return replace(freshFrom(TYPE_SWAPS, v));
    case 'null':
      return replace(null);
    case 'hugeNumber':
      return replace(v % 2 ? raw(pickFrom(RAW_NUMBERS, v >> 1)) : pickFrom(HUGE_NUMBERS, v >> 1));
    case 'hugeString':
      return replace(pickFrom(['x', 'é', '\u0000', '🇭🇳', ' ', '9'], v).repeat(HUGE_LENGTH / pickFrom([1, 1, 6, 4, 1, 1], v)));
    case 'deepNesting':
      return replace(nested(pickFrom([500, 500, 64, 1000], v), v));
    case 'unicode': {
      const text = pickFrom(UNICODE, v);
      return replace(typeof current === 'string' && v % 3 ? `${current}${text}` : text);
    }
    case 'protoKey':
      if (!container) return replace(freshFrom(PROTO_VALUES, v));
      setAt(body.value, [...container, pickFrom(PROTO_KEYS, v)], freshFrom(PROTO_VALUES, v >> 3));
      return body;
    case 'invalidId':
      return replace(v % 4 === 0 && Array.isArray(current) ? [pickFrom(INVALID_IDS, v)] : pickFrom(INVALID_IDS, v));
    case 'extraField':
      if (!container) return replace({ zzz: 1 });
      setAt(body.value, [...container, pickFrom(EXTRA_KEYS, v)], freshFrom(TYPE_SWAPS, v >> 4));
      return body;
    case 'arrayForObject':
      return replace(v % 2 ? [current] : [current, current]);
    case 'objectForArray':
      return replace(Array.isArray(current) ? Object.fromEntries(current.map((item, index) => [index, item])) : { 0: current });
    case 'dropField': {
      if (at.length === 0) return { ...body, value: undefined };
      const parent = getAt(body.value, at.slice(0, -1));
      if (Array.isArray(parent)) parent.splice(Number(at[at.length - 1]), 1);
      else delete (parent as Record<string, unknown>)[at[at.length - 1]];
      return body;
    }
    case 'injection':
      return replace(pickFrom(INJECTIONS, v));
    case 'duplicateItems': {
      // Up to 1001 copies, but not past ~1.5 MB: the limit is 1 MB, and more bytes test nothing more.
      const size = JSON.stringify(current)?.length ?? 4;
      const copies = Math.max(2, Math.min(pickFrom([2, 201, 1001], v), Math.floor(1_500_000 / size)));
      return replace(Array.isArray(current) && v % 4 === 0 ? [...current, ...current, ...current] : Array.from({ length: copies }, () => current));
    }
  }
}

function serialize(body: BodyText): string {
  if (body.value === undefined) return '';
  const text = JSON.stringify(body.value);
  return body.raws.length ? text.replace(/"@@RAW:(\d+)@@"/g, (_, index: string) => body.raws[Number(index)]) : text;
}

function encode(text: string, encoding: Recipe['encoding']): Buffer {
  const v = encoding.variant;
  switch (encoding.kind) {
    case 'json':
    case 'contentEncoding':
      return Buffer.from(text);
    case 'truncated':
      return Buffer.from(text.slice(0, text.length ? v % text.length : 0));
    case 'trailingGarbage':
      return Buffer.from(text + pickFrom(['x', ',', '}', ']', '\u0000', ' {"a":1}', '//c', '/*', '\n\n{}', 'null'], v));
    case 'byteOrderMark':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    case 'singleQuotes':
      return Buffer.from(text.replace(/"/g, "'"));
    case 'javascript':
      return Buffer.from(pickFrom(['{title: "x"}', '{"title": undefined}', '{"a": NaN}', '{"a": Infinity}', '{"a": 0x10}', '{"a": .5}', '{"a": +1}', '{"a": 01}', '{"a": "\\x41"}', '{"a": "\\u12"}'], v));
    case 'empty':
      return Buffer.from(pickFrom(['', ' ', '\n', '\t\r\n '], v));
    case 'bareValue':
      return Buffer.from(pickFrom(['null', 'true', '0', '"x"', '[]', '[{}]', '-1', '1e400', `[${text}]`], v));
    case 'invalidUtf8': {
      const bytes = Buffer.from(text);
      const cut = bytes.length ? v % bytes.length : 0;
      const bad = pickFrom([[0xff], [0xfe, 0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xe2, 0x82]], v);
      return Buffer.concat([bytes.subarray(0, cut), Buffer.from(bad), bytes.subarray(cut)]);
    }
    case 'utf16':
      return Buffer.from(text, v % 2 ? 'utf16le' : 'latin1');
    case 'duplicateKeys':
      return Buffer.from(text.startsWith('{') && text.length > 2 ? `{"title":"dup","__proto__":{"x":1},${text.slice(1)}` : text);
  }
}

/** The recipe's request, with real tokens, ids and bytes. */
export function materialize(recipe: Recipe, model: OpenApiModel, fixtures: Fixtures): MaterializedRequest {
  let method: string;
  let documentedPath: string;
  let operation: Operation | undefined;
  if (recipe.target.kind === 'operation') {
    operation = model.operations[recipe.target.op];
    method = operation.method;
    documentedPath = operation.path;
  } else {
    const [path, declared] = [...model.paths.entries()][recipe.target.path];
    const undeclared = UNDECLARED_METHODS.filter((candidate) => !declared.includes(candidate));
    method = pickFrom(undeclared, recipe.target.method);
    documentedPath = path;
  }

  const pathParams = (operation?.parameters ?? []).filter((param) => param.in === 'path');
  let index = 0;
  let path = documentedPath.replace(/\{(\w+)\}/g, (_, name: string) => {
    const param = pathParams.find((candidate) => candidate.name === name) ?? { name, in: 'path', schema: { type: name === 'n' ? 'number' : 'string' } };
    return pathValue(param as Parameter, recipe.params[index++ % recipe.params.length], fixtures);
  });

  const queryParams = (operation?.parameters ?? []).filter((param) => param.in === 'query');
  const query: string[] = [];
  if (queryParams.length) {
    for (const entry of recipe.query) {
      const param = pickFrom(queryParams, entry.param);
      for (const value of queryValue(param, entry, model)) query.push(`${param.name}=${encodeIfNeeded(value)}`);
    }
  }
  if (recipe.extraQuery !== null) query.push(pickFrom(EXTRA_QUERIES, recipe.extraQuery));
  if (query.length) path += `?${query.join('&')}`;

  const role = recipe.role === 'preferred' ? preferredRole(documentedPath) : recipe.role;
  const headers: Record<string, string> = { authorization: `Bearer ${fixtures.tokens[role]}` };
  const headerParams = (operation?.parameters ?? []).filter((param) => param.in === 'header');
  for (const entry of recipe.headers) {
    if (entry.kind === 'parameter' && headerParams.length) {
      const param = pickFrom(headerParams, entry.variant);
      const isIfMatch = param.name.toLowerCase() === 'if-match';
      headers[param.name.toLowerCase()] = entry.valid ? (isIfMatch ? `"${1 + (entry.variant % 3)}"` : `fuzz-${entry.variant % 50}`) : pickFrom(isIfMatch ? IF_MATCH : IDEMPOTENCY_KEYS, entry.variant);
    } else {
      const [name, value] = pickFrom(EXTRA_HEADERS, entry.variant);
      headers[name] = value;
    }
  }

  // The body: the documented one (valid-ish, from the document's examples), mutated; a body-less
  // POST, PUT or DELETE is sent one only when the recipe mutates it.
  let body: Buffer | undefined;
  const done: string[] = [];
  let wellFormed = recipe.encoding.kind === 'json' && recipe.contentType === -1;
  const takesBody = !['get', 'head', 'options', 'trace'].includes(method);
  if (operation?.xmlBody !== undefined) {
    body = xmlBody(operation.xmlBody, recipe, done);
    headers['content-type'] = 'application/xml';
    wellFormed = wellFormed && recipe.body.mutations.length === 0;
  } else if (takesBody && (operation?.jsonBody || recipe.body.mutations.length > 0 || recipe.encoding.kind !== 'json')) {
    let text: BodyText = { value: operation?.jsonBody ? model.sample(operation.jsonBody, recipe.body.choice) : {}, raws: [] };
    for (const mutation of recipe.body.mutations) text = mutate(text, mutation, done);
    body = encode(serialize(text), recipe.encoding);
    if (recipe.encoding.kind !== 'json') done.push(`encoding: ${recipe.encoding.kind}`);
    headers['content-type'] = 'application/json';
  }
  if (recipe.contentType !== -1) {
    const contentType = CONTENT_TYPES[recipe.contentType];
    if (contentType === null) delete headers['content-type'];
    else headers['content-type'] = contentType;
  }
  if (recipe.encoding.kind === 'contentEncoding') headers['content-encoding'] = pickFrom(['gzip', 'deflate', 'br', 'identity', 'x-unknown'], recipe.encoding.variant);
  return { method: method.toUpperCase(), path, headers, body, operation, wellFormed, done };
}

/** What the XML import is sent: its documented example, or that example mutated. */
const XML_MUTATIONS: [string, (xml: string, v: number) => string][] = [
  ['the example as it is', (xml) => xml],
  ['truncated', (xml, v) => xml.slice(0, v % xml.length)],
  ['internal entities (billion laughs)', () => '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbbbb"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><iati-activities>&c;</iati-activities>'],
  ['an external entity (XXE)', () => '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><iati-activities>&x;</iati-activities>'],
  ['deep nesting', (_, v) => `<iati-activities>${'<a>'.repeat(pickFrom([101, 500, 5000], v))}${'</a>'.repeat(pickFrom([101, 500, 5000], v))}</iati-activities>`],
  ['empty', () => ''],
  ['no activity', () => '<iati-activities version="2.03"></iati-activities>'],
  ['an empty activity', () => '<iati-activities version="2.03"><iati-activity/></iati-activities>'],
  ['JSON', () => '{"not":"xml"}'],
  ['a NUL for the country', (xml) => xml.replace('HN', '\u0000')],
  ['a NUL in a narrative', (xml) => xml.replace('Community policing', 'Community\u0000policing')],
  ['a character reference to a lone surrogate in a narrative', (xml) => xml.replace('Community policing', 'Community&#xD800;policing')],
  ['character references to NUL, U+FFFF and an emoji', (xml) => xml.replace('Community policing', 'Community&#0;&#xFFFF;&#x1F600;policing')],
  ['a NUL in the identifier', (xml) => xml.replace('<iati-identifier>', '<iati-identifier>\u0000')],
  ['an amount of 1e400', (xml) => xml.replace('1500000.00', '1e400')],
  ['a negative amount', (xml) => xml.replace('1500000.00', '-1')],
  ['a __proto__ attribute', (xml) => xml.replace(/<iati-activity /, '<iati-activity xmlns:x="urn:x" x:__proto__="y" ')],
  ['30 February', (xml) => xml.replace('2027-01-01', '2027-02-30')],
  ['100,000-character titles', (xml) => xml.replace(/Community policing in San Pedro Sula/g, 'x'.repeat(100_000))],
  ['a second root', (xml) => xml + '<trailing/>'],
  ['a UTF-16 declaration on UTF-8 bytes', (xml) => xml.replace('<?xml version="1.0" encoding="UTF-8"?>', '<?xml version="1.0" encoding="UTF-16"?>')],
];

function xmlBody(example: string, recipe: Recipe, done: string[]): Buffer {
  let xml = example;
  for (const mutation of recipe.body.mutations) {
    const [name, change] = pickFrom(XML_MUTATIONS, mutation.at);
    xml = change(xml, mutation.variant);
    done.push(`xml: ${name}`);
  }
  const bytes = Buffer.from(xml);
  if (recipe.encoding.kind !== 'invalidUtf8') return bytes;
  done.push('xml: invalid UTF-8 bytes');
  return Buffer.concat([bytes.subarray(0, 40), Buffer.from([0xff, 0xfe]), bytes.subarray(40)]);
}
