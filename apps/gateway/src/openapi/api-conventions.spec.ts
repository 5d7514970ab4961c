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
  schema?: { maximum?: number };
}
interface Operation {
  operationId?: string;
  summary?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: Parameter[];
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
}
interface Schema {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
  allOf?: Schema[];
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

/** Top-level resources that are one thing per service rather than a collection. */
const SINGULAR_RESOURCES = new Set(['working-calendar', 'dashboard', 'ledger']);

function resolve(schema: Schema | undefined): Schema | undefined {
  if (schema?.$ref) return resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]);
  return schema;
}

describe('API conventions', () => {
  it('serves every path under /api/v1/<service>/ with plural, kebab-case resource names', () => {
    const offenders = Object.keys(document.paths).filter((route) => {
      const match = /^\/api\/v1\/(credit|supervision|land|party)\/(.+)$/.exec(route);
      if (!match) return true;
      const segments = match[2]!.split('/').filter((segment) => !segment.startsWith('{'));
      // Collections are plural; deeper segments may name one sub-resource (…/{id}/approval).
      const [resource] = segments;
      return !resource!.endsWith('s') && !SINGULAR_RESOURCES.has(resource!) || segments.some((segment) => !/^[a-z]+(-[a-z]+)*$/.test(segment));
    });
    expect(offenders).toEqual([]);
  });

  it('gives every operation a unique operationId, a summary, a tag and a security statement', () => {
    const ids = operations.map(({ operation }) => operation.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    const incomplete = operations.filter(({ operation }) => !operation.operationId || !operation.summary || !operation.tags?.length || !Array.isArray(operation.security)).map(({ name }) => name);
    expect(incomplete).toEqual([]);
  });

  it('names every operation <service><Verb><Thing> (creditListLedgerEntries), one convention for generated clients', () => {
    const offenders = operations
      .filter(({ route, operation }) => {
        const service = /^\/api\/v1\/([a-z]+)\//.exec(route)?.[1] ?? '';
        return !new RegExp(`^${service}[A-Z][a-z]+[A-Z][A-Za-z]*$`).test(operation.operationId ?? '');
      })
      .map(({ name, operation }) => `${name} ${operation.operationId}`);
    expect(offenders).toEqual([]);
  });

  it('describes every response and states who may call each operation', () => {
    const undescribed = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses).filter(([, response]) => !(response as { description?: string }).description).map(([status]) => `${name} ${status}`),
    );
    expect(undescribed).toEqual([]);
    const silent = operations.filter(({ operation }) => !(operation as { description?: string }).description?.includes('**Access.**')).map(({ name }) => name);
    expect(silent).toEqual([]);
  });

  it('answers every 4xx/5xx with problem+json', () => {
    const offenders = operations.flatMap(({ name, operation }) =>
      Object.entries(operation.responses)
        .filter(([status, response]) => Number(status) >= 400 && response.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/ProblemDetails')
        .map(([status]) => `${name} ${status}`),
    );
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

  it('is OpenAPI 3.1 with JSON Schema types: no 3.0 `nullable`, no date-time typed as an object', () => {
    expect(document.openapi).toBe('3.1.0');
    const text = JSON.stringify(document);
    expect(text).not.toContain('"nullable"');
    const offenders: string[] = [];
    for (const [schemaName, schema] of Object.entries(document.components.schemas)) {
      for (const [property, definition] of Object.entries(schema.properties ?? {}) as [string, Schema & { format?: string }][]) {
        if (definition.format === 'date-time' && [definition.type].flat().includes('object')) offenders.push(`${schemaName}.${property}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
