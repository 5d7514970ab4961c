import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The API conventions, checked on the merged document every client sees (openapi/zone-gov-platform.json,
 * which the gateway e2e test proves equal to what the running platform serves).
 */
interface Parameter {
  name: string;
  in: string;
  schema?: Schema;
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  maxLength?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../openapi/zone-gov-platform.json'), 'utf8')) as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];
const operations = Object.entries(document.paths).flatMap(([route, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, operation]) => ({ route, method, operation, name: `${method.toUpperCase()} ${route}` })),
);

/** Path parameters that name a token subject (`sub`), which is not a UUID. */
const TOKEN_SUBJECT_PARAMETERS = new Set(['userId']);

/** Top-level resources that are one thing per service rather than a collection. */
const SINGULAR_RESOURCES = new Set(['working-calendar', 'dashboard', 'ledger', 'oversight', 'audit-log']);

function resolve(schema: Schema | undefined): Schema | undefined {
  if (schema?.$ref) return resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  return schema;
}

/**
 * What a request may carry without a bound (OWASP API4, unrestricted resource consumption): every string
 * has a maxLength, format, enum or pattern; every array a maxItems; every integer a minimum and a
 * maximum; no `number` (counts are integers; decimals travel as strings); no free-form object.
 * Yields one line per unbounded place, named by schema or by operation and parameter.
 */
function* unboundedPlaces(schema: Schema | undefined, where: string, visited: Set<string>): Generator<string> {
  if (schema === undefined) return;
  if (schema.$ref !== undefined) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (visited.has(name)) return;
    visited.add(name);
    yield* unboundedPlaces(document.components.schemas[name], name, visited);
    return;
  }
  for (const alternative of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) yield* unboundedPlaces(alternative, where, visited);
  const types = schema.type === undefined ? [] : [schema.type].flat().filter((type) => type !== 'null');
  const constrained = schema.enum !== undefined || schema.const !== undefined;
  if (types.includes('string') && !constrained && schema.maxLength === undefined && schema.format === undefined && schema.pattern === undefined)
    yield `${where}: string without maxLength, format or pattern`;
  if (types.includes('array') && schema.maxItems === undefined) yield `${where}: array without maxItems`;
  if (types.includes('integer') && !constrained && (schema.minimum === undefined || schema.maximum === undefined))
    yield `${where}: integer without minimum and maximum`;
  if (types.includes('number')) yield `${where}: number (use integer, or a decimal string)`;
  if (types.includes('object') && schema.properties === undefined && schema.additionalProperties === undefined) yield `${where}: object without properties`;
  for (const [property, definition] of Object.entries(schema.properties ?? {})) yield* unboundedPlaces(definition, `${where}.${property}`, visited);
  if (schema.items !== undefined) yield* unboundedPlaces(schema.items, `${where}[]`, visited);
  if (typeof schema.additionalProperties === 'object') yield* unboundedPlaces(schema.additionalProperties, `${where}{}`, visited);
}

/** Every unbounded place in what the operations accept: path, query and header parameters and bodies. */
function unboundedRequestPlaces(): string[] {
  const visited = new Set<string>();
  return operations.flatMap(({ name, operation }) => [
    ...(operation.parameters ?? []).flatMap((parameter) => [...unboundedPlaces(parameter.schema, `${name} ${parameter.in} ${parameter.name}`, visited)]),
    ...Object.entries(operation.requestBody?.content ?? {}).flatMap(([type, content]) => [...unboundedPlaces(content.schema, `${name} body ${type}`, visited)]),
  ]);
}

/**
 * Free-form objects, allowed `additionalProperties: true` for a reason; every other object lists its properties or
 * types its values (`additionalProperties: { type: ... }`).
 */
const FREE_FORM_OBJECTS: Record<string, string> = {
  'AuditEntryDto.details': 'What one write recorded besides its changes: each action records its own facts, so the trail names no fixed shape.',
  'ZoneAuditEntryDto.details': 'The same audit details as AuditEntryDto.details, read across the services.',
};

type ApiDocument = typeof document;

interface PropertyAt {
  where: string;
  property: string;
  definition: Schema;
}

/** Every property of every schema, nested ones included, named `<Schema>.<property>[.<property>…]`. */
function allProperties(api: ApiDocument): PropertyAt[] {
  const found: PropertyAt[] = [];
  const visit = (schema: Schema | undefined, where: string): void => {
    if (schema === undefined) return;
    for (const alternative of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(alternative, where);
    for (const [property, definition] of Object.entries(schema.properties ?? {})) {
      found.push({ where: `${where}.${property}`, property, definition });
      visit(definition, `${where}.${property}`);
    }
    visit(schema.items, `${where}[]`);
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}{}`);
  };
  for (const [name, schema] of Object.entries(api.components.schemas)) visit(schema, name);
  return found;
}

/** A property's format, also when OpenAPI 3.1 spells a nullable one as anyOf [the type, null]. */
const formatOf = (definition: Schema): string | undefined =>
  definition.format ?? [...(definition.anyOf ?? []), ...(definition.oneOf ?? [])].find((alternative) => alternative.format !== undefined)?.format;

/**
 * One name for due dates: `dueOn`, or `<what>DueOn` (acceptDueOn, stepDueOn, legalDueOn) where one thing has
 * several, always a `YYYY-MM-DD` date. Anything else named like a due date or deadline (`due`, `deadline`,
 * `legalDeadline`, `dueDate`, `dueAt`) is an outlier a client would have to learn separately.
 */
function misnamedDueDates(properties: PropertyAt[]): string[] {
  return properties.flatMap(({ where, property, definition }) => {
    if (/deadline/i.test(property) || /(^due|Due)(Date|At)?$/.test(property)) return [where];
    if (/(^due|Due)On$/.test(property) && formatOf(definition) !== 'date') return [`${where}: format ${formatOf(definition)}`];
    return [];
  });
}

/**
 * `…On` is a business date, a `YYYY-MM-DD` day in Asia/Shanghai (a UTC-formatting client would show an instant at
 * Shanghai midnight as the day before); `…At` (and a step's `at`) is an instant something was recorded, and every
 * instant is named so.
 */
function mistypedDates(properties: PropertyAt[]): string[] {
  return properties.flatMap(({ where, property, definition }) => {
    const format = formatOf(definition);
    if (/(^on|On)$/.test(property) && format !== 'date') return [`${where}: format ${format}`];
    if (/(^at|At)$/.test(property) !== (format === 'date-time')) return [`${where}: format ${format}`];
    return [];
  });
}

/**
 * Objects a client cannot type: no properties and no `additionalProperties` schema (a map says what it maps to),
 * or `additionalProperties: true` outside FREE_FORM_OBJECTS — in schemas, and inline in parameters and bodies.
 */
function untypedObjects(api: ApiDocument): string[] {
  const found: string[] = [];
  const visit = (schema: Schema | undefined, where: string): void => {
    if (schema === undefined || schema.$ref !== undefined) return;
    for (const alternative of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) visit(alternative, where);
    const isObject = [schema.type].flat().includes('object');
    const hasProperties = Object.keys(schema.properties ?? {}).length > 0;
    if (
      isObject &&
      !hasProperties &&
      (schema.additionalProperties === undefined || (schema.additionalProperties === true && FREE_FORM_OBJECTS[where] === undefined))
    )
      found.push(where);
    for (const [property, definition] of Object.entries(schema.properties ?? {})) visit(definition, `${where}.${property}`);
    visit(schema.items, `${where}[]`);
    if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${where}{}`);
  };
  for (const [name, schema] of Object.entries(api.components.schemas)) visit(schema, name);
  for (const [route, item] of Object.entries(api.paths)) {
    for (const [method, operation] of Object.entries(item).filter(([method]) => METHODS.includes(method))) {
      const name = `${method.toUpperCase()} ${route}`;
      for (const parameter of operation.parameters ?? []) visit(parameter.schema, `${name} ${parameter.in} ${parameter.name}`);
      for (const [type, content] of Object.entries(operation.requestBody?.content ?? {})) visit(content.schema, `${name} body ${type}`);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [type, content] of Object.entries(response.content ?? {})) visit(content.schema as Schema | undefined, `${name} ${status} ${type}`);
      }
    }
  }
  return found;
}

describe('API conventions', () => {
  it("serves every path under /api/v1/<service>/ (the gateway's zone-wide views under /api/v1/) with plural, kebab-case resource names", () => {
    const offenders = Object.keys(document.paths).filter((route) => {
      const match = /^\/api\/v1\/(?:(credit|supervision|land|party)\/)?(.+)$/.exec(route);
      if (!match) return true;
      const segments = match[2]!.split('/').filter((segment) => !segment.startsWith('{'));
      // Collections are plural; deeper segments may name one sub-resource (…/{id}/approval).
      const [resource] = segments;
      return (!resource!.endsWith('s') && !SINGULAR_RESOURCES.has(resource!)) || segments.some((segment) => !/^[a-z]+(-[a-z]+)*$/.test(segment));
    });
    expect(offenders).toEqual([]);
  });

  it('gives every operation a unique operationId, a summary, a tag and a security statement', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const incomplete = operations
      .filter(({ operation }) => !operation.operationId || !operation.summary || !operation.tags?.length || !Array.isArray(operation.security))
      .map(({ name }) => name);
    expect(incomplete).toEqual([]);
  });

  it('names every operation <service><Verb><Thing> (creditListLedgerEntries; zoneListAuditLog at the gateway), one convention for generated clients', () => {
    const offenders = operations
      .filter(({ route, operation }) => {
        const service = /^\/api\/v1\/(credit|supervision|land|party)\//.exec(route)?.[1] ?? 'zone';
        return !new RegExp(`^${service}[A-Z][a-z]+[A-Z][A-Za-z]*$`).test(operation.operationId ?? '');
      })
      .map(({ name, operation }) => `${name} ${operation.operationId}`);
    expect(offenders).toEqual([]);
  });

  it('describes every response and states who may call each operation', () => {
    const undescribed = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([, response]) => !(response as { description?: string }).description)
        .map(([status]) => `${name} ${status}`),
    );
    expect(undescribed).toEqual([]);
    const silent = operations.filter(({ operation }) => !(operation as { description?: string }).description?.includes('**Access.**')).map(({ name }) => name);
    expect(silent).toEqual([]);
  });

  it('answers every 4xx/5xx with problem+json', () => {
    const offenders = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(
          ([status, response]) =>
            Number(status) >= 400 && response.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/ProblemDetails',
        )
        .map(([status]) => `${name} ${status}`),
    );
    expect(offenders).toEqual([]);
  });

  it('documents on every operation the answers of the HTTP layer and the gateway: 408, 414, 431, 429 with its rate-limit headers, 502, 503, 504', () => {
    const offenders = operations.flatMap(({ name, operation }) => {
      const missing = ['408', '414', '429', '431', '502', '503', '504'].filter((status) => operation.responses[status] === undefined);
      const headers = Object.keys((operation.responses['429'] as { headers?: Record<string, unknown> } | undefined)?.headers ?? {});
      if (!headers.includes('Retry-After') || !headers.includes('X-RateLimit-Remaining')) missing.push('429 headers');
      return missing.map((status) => `${name} ${status}`);
    });
    expect(offenders).toEqual([]);
  });

  it('paginates every list with a bounded limit and a cursor', () => {
    const lists = operations.filter(({ method, operation }) => {
      if (method !== 'get') return false;
      const body = resolve(operation.responses['200']?.content?.['application/json']?.schema as Schema | undefined);
      return body?.properties?.items?.type === 'array';
    });
    expect(lists.length).toBeGreaterThan(0);
    const offenders = lists
      .filter(({ operation }) => {
        const limit = operation.parameters?.find((parameter) => parameter.in === 'query' && parameter.name === 'limit');
        const cursor = operation.parameters?.find((parameter) => parameter.in === 'query' && parameter.name === 'cursor');
        return limit?.schema?.maximum === undefined || limit.schema.maximum > 100 || cursor === undefined;
      })
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });

  it('accepts an Idempotency-Key on every create', () => {
    const offenders = operations
      .filter(({ method, operation }) => method === 'post' && operation.responses['201'] !== undefined)
      .filter(({ operation }) => !operation.parameters?.some((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key'))
      .map(({ name }) => name);
    expect(offenders).toEqual([]);
  });

  it('carries areas and money as decimal strings, never numbers', () => {
    const offenders: string[] = [];
    for (const [schemaName, schema] of Object.entries(document.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {})) {
        // OpenAPI 3.1: a nullable decimal is `type: ['string', 'null']`.
        const types = definition.type === undefined ? [] : [definition.type].flat().filter((type) => type !== 'null');
        if (/(Mu|Amount|Yuan)$/.test(property) && types.some((type) => type !== 'string')) offenders.push(`${schemaName}.${property}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('is OpenAPI 3.1 with JSON Schema types: no 3.0 `nullable`, no string or map typed as a bare object', () => {
    expect(document.openapi).toBe('3.1.0');
    const text = JSON.stringify(document);
    expect(text).not.toContain('"nullable"');
    const offenders: string[] = [];
    for (const [schemaName, schema] of Object.entries(document.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {}) as [string, Schema & { format?: string }][]) {
        if (definition.format === 'date-time' && [definition.type].flat().includes('object')) offenders.push(`${schemaName}.${property}`);
        // A string the generator could not type comes out as a bare object; a map says what it maps to.
        if ([definition.type].flat().includes('object') && definition.properties === undefined && definition.additionalProperties === undefined)
          offenders.push(`${schemaName}.${property}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('bounds every string, array and integer a request carries', () => {
    expect(unboundedRequestPlaces()).toEqual([]);
  });

  it('would notice an unbounded request field', () => {
    // The check above is only worth something if it can fail: loosen one field and it must say so.
    const [schemaName, property] = ['FileComplaintDto', 'content'];
    const field = document.components.schemas[schemaName]!.properties![property]!;
    const { maxLength } = field;
    delete field.maxLength;
    try {
      expect(unboundedRequestPlaces()).toEqual([`${schemaName}.${property}: string without maxLength, format or pattern`]);
    } finally {
      field.maxLength = maxLength;
    }
  });

  it('documents the minimum length the server requires of complaint content and types counts as integers', () => {
    const complaint = document.components.schemas.FileComplaintDto!.properties!;
    expect(complaint.content).toMatchObject({ type: 'string', minLength: 5, maxLength: 4000 });
    const limits = operations.flatMap(({ operation }) => operation.parameters?.filter((parameter) => parameter.name === 'limit') ?? []);
    expect(limits.length).toBeGreaterThan(0);
    expect(limits.filter((parameter) => parameter.schema?.type !== 'integer')).toEqual([]);
  });

  it('documents path ids as UUIDs', () => {
    const ids = operations.flatMap(
      ({ name, operation }) =>
        operation.parameters
          ?.filter((parameter) => parameter.in === 'path' && /(^id|Id)$/.test(parameter.name) && !TOKEN_SUBJECT_PARAMETERS.has(parameter.name))
          .map((parameter) => ({ name, parameter })) ?? [],
    );
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter(({ parameter }) => parameter.schema?.format !== 'uuid').map(({ name, parameter }) => `${name} ${parameter.name}`)).toEqual([]);
  });

  it('names every due date dueOn, or <what>DueOn where one thing has several (acceptDueOn, stepDueOn), never due or deadline', () => {
    expect(misnamedDueDates(allProperties(document))).toEqual([]);
  });

  it('types …On as a business date (YYYY-MM-DD) and …At as an instant, and names every instant …At', () => {
    expect(mistypedDates(allProperties(document))).toEqual([]);
  });

  it('publishes every map with the type of its values; only the allow-listed free-form objects are open', () => {
    expect(untypedObjects(document)).toEqual([]);
    // The allow-list names nothing that has since been typed or removed.
    const open = allProperties(document)
      .filter(({ definition }) => definition.additionalProperties === true)
      .map(({ where }) => where);
    expect(Object.keys(FREE_FORM_OBJECTS).sort()).toEqual([...new Set(open)].sort());
  });

  it('would notice a misnamed or mistyped date and a bare object', () => {
    // The three checks above are only worth something if they can fail.
    const probe: ApiDocument = {
      openapi: '3.1.0',
      paths: { '/probe': { get: { responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } } } },
      components: {
        schemas: {
          Probe: {
            type: 'object',
            properties: {
              due: { type: 'string', format: 'date' },
              legalDeadline: { type: 'string', format: 'date' },
              stepDueOn: { type: 'string' },
              filedAt: { type: 'string', format: 'date' },
              openedOn: { type: 'string', format: 'date-time' },
              decided: { type: 'string', format: 'date-time' },
              byStatus: { type: 'object' },
              counts: { type: 'object', additionalProperties: { type: 'integer' } },
            },
          },
        },
      },
    };
    const properties = allProperties(probe);
    expect(misnamedDueDates(properties)).toEqual(['Probe.due', 'Probe.legalDeadline', 'Probe.stepDueOn: format undefined']);
    expect(mistypedDates(properties)).toEqual([
      'Probe.stepDueOn: format undefined',
      'Probe.filedAt: format date',
      'Probe.openedOn: format date-time',
      'Probe.decided: format date-time',
    ]);
    expect(untypedObjects(probe)).toEqual(['Probe.byStatus', 'GET /probe 200 application/json']);
  });

  it('names enums shared by several properties and never lists null as an enum value', () => {
    const inline = new Map<string, string[]>();
    const withNull: string[] = [];
    const visit = (value: unknown, where: string): void => {
      if (typeof value !== 'object' || value === null) return;
      const schema = value as Schema;
      if (Array.isArray(schema.enum)) {
        if (schema.enum.includes(null)) withNull.push(where);
        // Named enums live in components.schemas under their own name; anything else is inline.
        if (!/^components\.schemas\.[A-Za-z]+$/.test(where)) {
          const key = JSON.stringify([...schema.enum].sort());
          inline.set(key, [...(inline.get(key) ?? []), where]);
        }
      }
      for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`);
    };
    visit(document.components.schemas, 'components.schemas');
    visit(document.paths, 'paths');
    expect(withNull).toEqual([]);
    const repeated = [...inline.entries()].filter(([, places]) => places.length > 1).map(([values, places]) => `${values} at ${places.join(', ')}`);
    expect(repeated).toEqual([]);
  });
});
