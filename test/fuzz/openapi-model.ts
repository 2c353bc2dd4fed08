/**
 * The parts of the served OpenAPI document the fuzzer needs: its operations, their parameters and
 * request bodies, their documented responses, and a valid-ish value for a schema, built from the
 * document's own examples, enums and types.
 */

export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  default?: unknown;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  minimum?: number;
  maximum?: number;
  nullable?: boolean;
};

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  /** As documented, e.g. `/v1/plans/{id}`. */
  path: string;
  parameters: Parameter[];
  /** The JSON request body's schema, when the operation takes JSON. */
  jsonBody?: Schema;
  /** The XML request body's example, when the operation takes XML. */
  xmlBody?: string;
  /** Every documented status (as strings, e.g. '200', '4XX'). */
  statuses: string[];
  /** The JSON schema of each documented response that has one, by status. */
  responseSchemas: Record<string, Schema>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, Schema> };
}

export const DOCUMENTED_METHODS = ['get', 'post', 'put', 'delete', 'patch', 'head', 'options'];

export class OpenApiModel {
  readonly operations: Operation[];
  /** Each documented path with the methods documented on it. */
  readonly paths: Map<string, string[]>;

  constructor(private readonly document: OpenApiDocument) {
    this.paths = new Map();
    this.operations = [];
    for (const [path, item] of Object.entries(document.paths)) {
      const methods = DOCUMENTED_METHODS.filter((method) => item[method]);
      this.paths.set(path, methods);
      for (const method of methods) this.operations.push(this.operation(path, method, item[method]));
    }
  }

  /** Follows `$ref`s (and a one-member `allOf`) until a schema with content. */
  resolve(schema: Schema | undefined): Schema | undefined {
    let current = schema;
    for (let hops = 0; current && hops < 20; hops++) {
      if (current.$ref) {
        const name = current.$ref.replace('#/components/schemas/', '');
        current = this.document.components?.schemas?.[name];
      } else if (current.allOf?.length === 1 && !current.properties) {
        current = { ...current.allOf[0], nullable: current.nullable };
      } else {
        return current;
      }
    }
    return current;
  }

  private operation(path: string, method: string, raw: Record<string, unknown>): Operation {
    const content = (raw.requestBody as { content?: Record<string, { schema?: Schema; examples?: Record<string, { value?: unknown }> }> } | undefined)?.content;
    const xml = content?.['application/xml'] ?? content?.['text/xml'];
    const xmlExample = xml ? Object.values(xml.examples ?? {})[0]?.value : undefined;
    const responses = (raw.responses ?? {}) as Record<string, { content?: Record<string, { schema?: Schema }> }>;
    return {
      method,
      path,
      parameters: (raw.parameters as Parameter[] | undefined) ?? [],
      jsonBody: content?.['application/json']?.schema,
      xmlBody: xml ? (typeof xmlExample === 'string' ? xmlExample : '<iati-activities version="2.03"/>') : undefined,
      statuses: Object.keys(responses),
      responseSchemas: Object.fromEntries(
        Object.entries(responses).flatMap(([status, response]) => {
          const schema = response.content?.['application/json']?.schema;
          return schema ? [[status, schema]] : [];
        }),
      ),
    };
  }

  /**
   * A value the schema describes, from its examples where it has them (the document's examples are
   * the contract's own valid values), else from its enum, format and type. `choice` varies the
   * enum members and optional properties picked, deterministically.
   */
  sample(schema: Schema | undefined, choice: number, depth = 0): unknown {
    const resolved = this.resolve(schema);
    if (!resolved || depth > 8) return null;
    const pick = <T>(values: T[], salt: number): T => values[Math.abs(Math.imul(choice + 1, 2654435761) ^ (salt * 40503)) % values.length];
    if (resolved.enum?.length) return pick(resolved.enum, depth + 7);
    if (resolved.properties) {
      const object: Record<string, unknown> = {};
      const required = new Set(resolved.required ?? []);
      Object.entries(resolved.properties).forEach(([name, property], index) => {
        // Optional properties are mostly sent: leaving one out is a mutation of its own.
        if (required.has(name) || pick([true, true, true, false], index + depth * 31)) object[name] = this.sample(property, choice + index, depth + 1);
      });
      return object;
    }
    if (resolved.type === 'array' && resolved.items) {
      const item = this.resolve(resolved.items);
      if (resolved.example !== undefined && !item?.properties) return structuredClone(resolved.example);
      return [this.sample(resolved.items, choice, depth + 1)];
    }
    if (resolved.example !== undefined) return structuredClone(resolved.example);
    if (resolved.default !== undefined) return structuredClone(resolved.default);
    switch (resolved.format) {
      case 'uuid':
        return '0192f5c0-0000-7000-8000-' + String(choice % 1e12).padStart(12, '0');
      case 'date':
        return '2027-01-01';
      case 'date-time':
        return '2027-01-01T00:00:00.000Z';
    }
    switch (resolved.type) {
      case 'string':
        return 'text';
      case 'number':
      case 'integer':
        return resolved.minimum ?? 1;
      case 'boolean':
        return true;
      case 'object':
        return {};
      default:
        return null;
    }
  }

  /** The properties a body must have by its documented schema: for an array, those of each item. */
  requiredOf(schema: Schema | undefined): { array: boolean; required: string[] } | undefined {
    const resolved = this.resolve(schema);
    if (!resolved) return undefined;
    if (resolved.type === 'array') {
      const item = this.resolve(resolved.items);
      return { array: true, required: item?.required ?? [] };
    }
    if (resolved.properties) return { array: false, required: resolved.required ?? [] };
    return undefined;
  }
}
