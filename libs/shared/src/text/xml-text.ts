/**
 * What no XML 1.0 document can hold in any form (NUL, the other C0 controls but tab, line feed and
 * carriage return, the noncharacters U+FFFE and U+FFFF) and UTF-16 halves without their pair, which
 * PostgreSQL's `jsonb` refuses as well. Text that partners send is published as IATI XML, so what
 * matches here is refused on the way in.
 */
export const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
