import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;

/**
 * OpenAPI 3.0's schema dialect as plain JSON Schema, for Ajv: `nullable` becomes a union with null
 * (Ajv reads `nullable` only beside a `type`, and a nullable `$ref` is an `allOf` beside one), and
 * an object that lists its properties admits no others, so a field the document does not name fails.
 */
function jsonSchemaOf(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonSchemaOf);
  if (value === null || typeof value !== 'object') return value;
  const { nullable, example: _example, ...rest } = value as Schema;
  const converted: Schema = Object.fromEntries(
    Object.entries(rest).map(([key, child]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(child as Schema).map(([name, property]) => [name, jsonSchemaOf(property)])) : jsonSchemaOf(child)]),
  );
  if (converted.properties !== undefined && converted.additionalProperties === undefined) converted.additionalProperties = false;
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

/**
 * Validates values against the schemas of a served OpenAPI document: `validate(schema, value)`
 * takes a schema as the document writes it (its `$ref`s into the components), and answers Ajv's
 * errors, none when the value is valid.
 */
export function schemaValidator(document: { components: Schema }): (schema: Schema, value: unknown) => ErrorObject[] {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'openapi', components: jsonSchemaOf(document.components) });
  const compiled = new Map<string, ValidateFunction>();
  return (schema, value) => {
    const text = JSON.stringify(jsonSchemaOf(schema)).replaceAll('"#/components/', '"openapi#/components/');
    if (!compiled.has(text)) compiled.set(text, ajv.compile(JSON.parse(text)));
    const validate = compiled.get(text)!;
    return validate(value) ? [] : (validate.errors ?? []);
  };
}
