import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { DomainError, NOT_XML_TEXT } from '@accord/shared';

/** The largest IATI file the service reads. */
export const MAX_IATI_BYTES = 10 * 1024 * 1024;
/** Real IATI files nest about ten deep; anything past this is an attack or not IATI. */
export const MAX_IATI_DEPTH = 100;

export class InvalidIatiDocumentError extends DomainError {
  constructor(message: string) {
    super('IATI.INVALID_DOCUMENT', 'invalid', message, [{ field: 'body', message }]);
  }
}

/** One element: its attributes, its text (entities decoded, CDATA kept as written) and its children by name. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  readonly text: string;
  readonly children: ReadonlyMap<string, readonly XmlElement[]>;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * The five predefined entities and character references, nothing else. Entity processing is off in
 * the parser, so no declared entity can expand; this replacement never makes the text longer.
 */
export function decodeXmlText(value: string): string {
  return value.replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (match, entity: string) => {
    if (!entity.startsWith('#')) return PREDEFINED[entity];
    const codePoint = entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number.parseInt(entity.slice(1), 10);
    return isXmlChar(codePoint) ? String.fromCodePoint(codePoint) : match;
  });
}

/** XML 1.0's Char production: what a document may hold, and what PostgreSQL can store. */
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Every character `NOT_XML_TEXT` matches, for replacing. */
const NOT_XML_ALL = new RegExp(NOT_XML_TEXT.source, 'g');

const ESCAPES: Record<string, string> = Object.fromEntries(Object.entries(PREDEFINED).map(([name, literal]) => [literal, `&${name};`]));

/**
 * Text for XML content and attribute values alike. A character XML cannot hold, stored before the
 * API refused it, becomes U+FFFD: one plan's text must not make the whole export ill-formed.
 */
export function escapeXml(value: string): string {
  return value.replace(NOT_XML_ALL, '\uFFFD').replace(/[<>&"']/g, (char) => ESCAPES[char]);
}

/**
 * Cheap checks that need no parse, so the API can refuse a hostile or foreign document before
 * storing it: the size bound, no DOCTYPE (an IATI file never needs one; entity declarations, and
 * with them expansion bombs and external entities, live only there) and an `iati-activities` root.
 */
export function assertAcceptableIati(xml: string): void {
  if (Buffer.byteLength(xml, 'utf8') > MAX_IATI_BYTES) throw new InvalidIatiDocumentError(`the document is larger than ${MAX_IATI_BYTES / 1024 / 1024} MB`);
  if (/<!DOCTYPE/i.test(xml)) throw new InvalidIatiDocumentError('DOCTYPE declarations are refused: an IATI file needs none, and entities are never expanded');
  if (NOT_XML_TEXT.test(xml)) throw new InvalidIatiDocumentError('the document holds characters XML 1.0 does not allow (NUL, control characters or unpaired surrogates)');
  const root = /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
  if (root?.[1] !== 'iati-activities') throw new InvalidIatiDocumentError(`the root element must be iati-activities${root ? `, not ${root[1]}` : ''}`);
}

const parser = new XMLParser({
  processEntities: false,
  htmlEntities: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: MAX_IATI_DEPTH,
  isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
});

/**
 * Parses an IATI activities document safely: bounded size and depth, no DOCTYPE, no entity
 * expansion, well-formedness checked first. Returns the `iati-activities` root.
 */
export function parseIatiDocument(xml: string): XmlElement {
  assertAcceptableIati(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InvalidIatiDocumentError(`the document is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let parsed: Record<string, unknown>;
  try {
    parsed = parser.parse(xml) as Record<string, unknown>;
  } catch (error) {
    throw new InvalidIatiDocumentError(`the document could not be read: ${(error as Error).message}`);
  }
  const roots = parsed['iati-activities'];
  if (!Array.isArray(roots) || roots.length !== 1) throw new InvalidIatiDocumentError('the root element must be iati-activities');
  const root = toElement('iati-activities', roots[0]);
  const version = root.attrs.get('version');
  if (version && !version.startsWith('2.')) throw new InvalidIatiDocumentError(`IATI version ${version} is not read: only 2.0x files are`);
  return root;
}

function toElement(name: string, value: unknown): XmlElement {
  if (typeof value !== 'object' || value === null) return { name, attrs: new Map(), text: decodeXmlText(String(value ?? '')), children: new Map() };
  const attrs = new Map<string, string>();
  const children = new Map<string, XmlElement[]>();
  let text = '';
  let cdata = '';
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith('@')) attrs.set(key.slice(1), decodeXmlText(String(item)));
    else if (key === '#text') text = decodeXmlText(String(item));
    else if (key === '#cdata') cdata = (item as unknown[]).map(String).join('');
    else children.set(key, (item as unknown[]).map((child) => toElement(key, child)));
  }
  return { name, attrs, text: text + cdata, children };
}

export function childrenOf(element: XmlElement | undefined, name: string): readonly XmlElement[] {
  return element?.children.get(name) ?? [];
}

export function childOf(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return childrenOf(element, name)[0];
}
