import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { ROLES, type Role } from '#platform';

/**
 * Requests for every operation of an OpenAPI 3.1 document, built with fast-check: a valid-ish request
 * from the operation's schemas, then (mostly) broken in one of the ways a hostile client would.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
};

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OpenApiDocument {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
        security?: Record<string, string[]>[];
        responses: Record<string, { description?: string }>;
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
}

export interface Operation {
  id: string;
  method: string;
  path: string;
  service: string;
  pathParameters: Parameter[];
  queryParameters: Parameter[];
  idempotent: boolean;
  body?: JsonSchema;
  /** Roles that may call it; empty with `authenticated` means any signed-in caller. */
  roles: Role[];
  access: 'public' | 'authenticated';
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, with the roles its 403 answer documents (see @ApiAuth). */
export function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, operation]) => {
        const parameters = operation.parameters ?? [];
        const forbidden = operation.responses['403']?.description ?? '';
        const roles = [...forbidden.matchAll(/`([a-z-]+)`/g)]
          .map((match) => match[1]!)
          .filter((role): role is Role => (ROLES as readonly string[]).includes(role));
        const isPublic = (operation.security ?? []).some((requirement) => Object.keys(requirement).length === 0) || operation.security === undefined;
        return {
          id: operation.operationId,
          method: method.toUpperCase(),
          path,
          service: path.split('/')[3]!,
          pathParameters: parameters.filter((parameter) => parameter.in === 'path'),
          queryParameters: parameters.filter((parameter) => parameter.in === 'query'),
          idempotent: parameters.some((parameter) => parameter.in === 'header' && parameter.name.toLowerCase() === 'idempotency-key'),
          body: operation.requestBody?.content['application/json']?.schema,
          roles,
          access: isPublic ? 'public' : 'authenticated',
        } satisfies Operation;
      }),
  );
}

/** JSON text inserted as is into a body, for what JSON.stringify cannot write (deep nesting, huge literals). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** A path or query value already percent-encoded (or deliberately mis-encoded). */
export class RawUrlPart {
  constructor(readonly text: string) {}
}

const nested = (depth: number) => new RawJson('['.repeat(depth) + ']'.repeat(depth));

/** Values that break a field: wrong types, nulls, hostile text, absurd numbers and dates, deep and huge values. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    true,
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    2 ** 53 + 2,
    2_147_483_648,
    new RawJson('99999999999999999999'),
    new RawJson('1e9999'),
    new RawJson('-0'),
    '',
    ' ',
    'a\u0000b',
    '\ud800x',
    'x\udc00',
    'bell\u0007',
    'x'.repeat(100_000),
    '2026-02-30',
    '99999-12-31',
    '0000-00-00',
    '2026-13-01T25:61:00Z',
    'abc',
    '0',
    '0.0000',
    '-1',
    '1e3',
    'NaN',
    'Infinity',
    '99999999999999999999.9999',
    '0.00001',
    '９９',
    '😀',
    "' OR 1=1 --",
    '../../etc/passwd',
    [],
    {},
    [null],
    { a: 1 },
    nested(40),
    new RawJson('{"__proto__":{"polluted":true}}'),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
);

/** Path segments that must not reach a handler as they are. */
const hostilePathValue: fc.Arbitrary<RawUrlPart> = fc
  .constantFrom(
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%ZZ',
    '%',
    '99999999999999999999',
    '-1',
    '0',
    'x'.repeat(150),
    '%2e%2e',
    '00000000-0000-0000-0000-00000000000g',
    '%F0%9F%98%80',
    '%0A',
    'a%20b',
  )
  .map((text) => new RawUrlPart(text));

const forgedCursors = [
  Buffer.from(JSON.stringify({ k: ['x', 'y'] })).toString('base64url'),
  Buffer.from(JSON.stringify({ k: [1] })).toString('base64url'),
  Buffer.from(JSON.stringify({ k: ['2026-01-01T00:00:00Z', randomUUID()] })).toString('base64url'),
  Buffer.from(JSON.stringify({ k: ['9'.repeat(40)] })).toString('base64url'),
  'garbage',
  'a.b',
  '',
  '%00',
];

const hostileQueryValue: fc.Arbitrary<RawUrlPart> = fc.oneof(
  hostilePathValue,
  fc
    .constantFrom(...forgedCursors, 'true', 'yes', '2026-02-30', 'abc', '1e999', '-99999999999999999999', '[]', '{}')
    .map((text) => new RawUrlPart(encodeURIComponent(text))),
  fc.string({ unit: 'binary', maxLength: 30 }).map((text) => new RawUrlPart(encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')))),
);

function resolve(document: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; current.$ref !== undefined && hops < 10; hops++) {
    current = document.components.schemas[current.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  if (current.allOf !== undefined) {
    const parts = current.allOf.map((part) => resolve(document, part));
    return {
      ...current,
      allOf: undefined,
      type: 'object',
      properties: Object.assign({}, current.properties, ...parts.map((part) => part.properties ?? {})),
      required: [...(current.required ?? []), ...parts.flatMap((part) => part.required ?? [])],
    };
  }
  return current;
}

const isoDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true });

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return isoDate.map((date) => date.toISOString().slice(0, 10));
    case 'date-time':
      return isoDate.map((date) => date.toISOString());
    case 'email':
      return fc.emailAddress();
    case 'uri':
    case 'url':
      return fc.webUrl();
  }
  if (schema.pattern !== undefined) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern)).filter((text) => text.length <= (schema.maxLength ?? 200));
    } catch {
      // a pattern JavaScript cannot compile falls back to plain text
    }
  }
  return fc.string({ minLength: schema.minLength ?? 1, maxLength: Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 30, 30)) });
}

/** A value the schema allows (or nearly: formats without a generator get plain text). */
export function validValue(document: OpenApiDocument, raw: JsonSchema, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(document, raw);
  if (schema.enum !== undefined && schema.enum.length > 0) return fc.constantFrom(...schema.enum);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined) return fc.oneof(...alternatives.map((alternative) => validValue(document, alternative, depth)));
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  const generated = ((): fc.Arbitrary<unknown> => {
    switch (type) {
      case 'string':
        return stringFor(schema);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000 });
      case 'number':
        return fc.integer({ min: schema.minimum ?? 0, max: schema.maximum ?? 1_000 });
      case 'boolean':
        return fc.boolean();
      case 'array':
        if (depth > 4) return fc.constant([]);
        return fc.array(validValue(document, schema.items ?? {}, depth + 1), {
          minLength: schema.minItems ?? 0,
          maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)),
        });
      case 'object':
      default: {
        if (schema.properties === undefined || depth > 4) return fc.constant({});
        const required = schema.required ?? [];
        return fc.record(Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, validValue(document, property, depth + 1)])), {
          requiredKeys: required.filter((name) => schema.properties![name] !== undefined),
        });
      }
    }
  })();
  // Documented examples are the most realistic values there are.
  return schema.example === undefined ? generated : fc.oneof(fc.constant(schema.example), generated);
}

/**
 * The value the document's examples describe (what Swagger UI's "Try it out" pre-fills): the schema's own
 * example, else its first enum value, else one built from its properties' examples. Deterministic.
 */
export function exampleValue(document: OpenApiDocument, raw: JsonSchema, depth = 0): unknown {
  const schema = resolve(document, raw);
  if (schema.example !== undefined) return schema.example;
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[0];
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined && alternatives.length > 0) return exampleValue(document, alternatives[0]!, depth);
  const type = Array.isArray(schema.type) ? schema.type.find((candidate) => candidate !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return schema.format === 'date' ? '2026-06-01' : 'x'.repeat(Math.max(schema.minLength ?? 1, 1));
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return depth > 4 || schema.items === undefined ? [] : [exampleValue(document, schema.items, depth + 1)];
    default:
      if (schema.properties === undefined || depth > 4) return {};
      return Object.fromEntries(Object.entries(schema.properties).map(([name, property]) => [name, exampleValue(document, property, depth + 1)]));
  }
}

export interface FuzzRequest {
  method: string;
  /** Path with parameters substituted and query appended, percent-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** Straight to the service instead of through the gateway. */
  direct: boolean;
  /** What was broken, for the report. */
  mutation: string;
}

type Body = { kind: 'json'; value: unknown } | { kind: 'text'; text: string; contentType?: string };

function serialise(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJson) {
      raws.push(item.text);
      return `\u0001raw${raws.length - 1}\u0001`;
    }
    return item;
  });
  return (text ?? 'null').replace(/"\\u0001raw(\d+)\\u0001"/g, (_match, index: string) => raws[Number(index)]!);
}

/** Replaces, removes or adds one field somewhere in a (nested) value. */
function breakField(value: unknown, path: string[], how: 'replace' | 'remove' | 'add', replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  const [head, ...rest] = path;
  if (rest.length === 0) {
    if (how === 'remove') delete copy[head!];
    else copy[head!] = replacement;
  } else {
    copy[head!] = breakField(copy[head!], rest, how, replacement);
  }
  return copy;
}

function fieldPathsOf(value: unknown, prefix: string[] = [], depth = 0): string[][] {
  if (value === null || typeof value !== 'object' || depth > 4) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [[...prefix, key], ...fieldPathsOf(child, [...prefix, key], depth + 1)]);
}

export interface ParameterValues {
  /** Known values for a path parameter (ids of existing rows), by `<path template>#<name>`. */
  pathValues(operation: Operation, parameter: string): string[];
}

/** One request for the operation: valid-ish, or broken in one way. */
export function requestFor(document: OpenApiDocument, operation: Operation, known: ParameterValues): fc.Arbitrary<FuzzRequest> {
  const pathArbitraries = operation.pathParameters.map((parameter) => {
    const values = known.pathValues(operation, parameter.name);
    const plain =
      values.length > 0
        ? fc.oneof(fc.constantFrom(...values), validValue(document, parameter.schema ?? { type: 'string' }))
        : validValue(document, parameter.schema ?? { type: 'string' });
    return plain.map((value) => new RawUrlPart(encodeURIComponent(String(value))));
  });
  const queryArbitrary = fc.record(
    Object.fromEntries(
      operation.queryParameters.map((parameter) => [
        parameter.name,
        validValue(document, parameter.schema ?? { type: 'string' }).map((value) => new RawUrlPart(encodeURIComponent(String(value)))),
      ]),
    ),
    { requiredKeys: operation.queryParameters.filter((parameter) => parameter.required).map((parameter) => parameter.name) },
  );
  const bodyArbitrary: fc.Arbitrary<Body | undefined> =
    operation.body === undefined ? fc.constant(undefined) : validValue(document, operation.body).map((value) => ({ kind: 'json' as const, value }));

  const base = fc.record({
    path: fc.tuple(...pathArbitraries),
    query: queryArbitrary,
    body: bodyArbitrary,
    direct: fc.boolean(),
    key: fc.option(fc.uuid(), { freq: 3 }),
  });

  type Mutation = (request: {
    path: RawUrlPart[];
    query: Record<string, RawUrlPart | RawUrlPart[]>;
    body: Body | undefined;
    contentType?: string;
    mutation: string;
  }) => fc.Arbitrary<typeof request>;
  const mutations: [number, Mutation][] = [
    [3, (request) => fc.constant({ ...request, mutation: 'none' })],
    [
      operation.pathParameters.length > 0 ? 3 : 0,
      (request) =>
        fc.tuple(fc.nat(operation.pathParameters.length - 1), hostilePathValue).map(([index, value]) => ({
          ...request,
          path: request.path.map((part, position) => (position === index ? value : part)),
          mutation: `path ${operation.pathParameters[index]!.name}=${value.text.slice(0, 40)}`,
        })),
    ],
    [
      operation.queryParameters.length > 0 ? 3 : 0,
      (request) =>
        fc
          .tuple(fc.constantFrom(...operation.queryParameters.map((parameter) => parameter.name)), hostileQueryValue, fc.boolean())
          .map(([name, value, twice]) => ({
            ...request,
            query: { ...request.query, [name]: twice ? [value, value] : value },
            mutation: `query ${name}=${value.text.slice(0, 40)}${twice ? ' (twice)' : ''}`,
          })),
    ],
    [
      1,
      (request) =>
        fc.constantFrom('unknownParam', 'limit', 'cursor').map((name) => ({
          ...request,
          query: { ...request.query, [name]: new RawUrlPart(encodeURIComponent(forgedCursors[0]!)) },
          mutation: `query ${name} forged`,
        })),
    ],
    [
      operation.body !== undefined ? 6 : 0,
      (request) => {
        const value = request.body?.kind === 'json' ? request.body.value : {};
        const paths = fieldPathsOf(value);
        return fc
          .tuple(
            paths.length > 0 ? fc.constantFrom(...paths) : fc.constant<string[]>(['name']),
            fc.constantFrom<'replace' | 'remove' | 'add'>('replace', 'replace', 'remove', 'add'),
            hostileValue,
          )
          .map(([path, how, replacement]) => {
            const target = how === 'add' ? [...path.slice(0, -1), 'unknownField'] : path;
            return {
              ...request,
              body: { kind: 'json' as const, value: breakField(value, target, how, replacement) },
              mutation: `body ${how} ${target.join('.')}${how === 'remove' ? '' : ` = ${serialise(replacement).slice(0, 40)}`}`,
            };
          });
      },
    ],
    [
      operation.body !== undefined ? 2 : 0,
      (request) =>
        fc
          .constantFrom<Body>(
            { kind: 'json', value: null },
            { kind: 'json', value: [] },
            { kind: 'json', value: 'text' },
            { kind: 'json', value: 42 },
            { kind: 'json', value: nested(10_000) },
            { kind: 'json', value: { a: nested(33) } },
            { kind: 'text', text: '{' },
            { kind: 'text', text: '{"a":' },
            { kind: 'text', text: '' },
            { kind: 'text', text: '\u0000' },
            { kind: 'text', text: `{"x":"${'y'.repeat(70_000)}"}` },
            { kind: 'text', text: '{"a":1,"a":2}' },
          )
          .map((body) => ({
            ...request,
            body,
            mutation: `whole body ${body.kind === 'json' ? serialise(body.value).slice(0, 40) : JSON.stringify(body.text.slice(0, 40))}`,
          })),
    ],
    [
      operation.body !== undefined ? 2 : 0,
      (request) =>
        fc
          .constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'application/xml',
            'multipart/form-data; boundary=x',
            'application/json; charset=latin1',
            '',
          )
          .map((contentType) => ({
            ...request,
            contentType,
            mutation: `content-type ${JSON.stringify(contentType)}`,
          })),
    ],
  ];

  return base.chain((valid) =>
    fc
      .oneof(
        ...mutations
          .filter(([weight]) => weight > 0)
          .map(([weight, mutate]) => ({ weight, arbitrary: mutate({ path: valid.path, query: valid.query, body: valid.body, mutation: 'none' }) })),
      )
      .map((broken) => {
        let path = operation.path;
        operation.pathParameters.forEach((parameter, index) => (path = path.replace(`{${parameter.name}}`, broken.path[index]!.text)));
        const query = Object.entries(broken.query).flatMap(([name, value]) =>
          (Array.isArray(value) ? value : [value]).map((part) => `${encodeURIComponent(name)}=${part.text}`),
        );
        const headers: Record<string, string> = {};
        let body: string | undefined;
        if (broken.body !== undefined) {
          body = broken.body.kind === 'json' ? serialise(broken.body.value) : broken.body.text;
          const contentType = broken.contentType ?? 'application/json';
          if (contentType !== '') headers['content-type'] = contentType;
        }
        if (operation.idempotent && valid.key !== null) headers['idempotency-key'] = valid.key;
        return {
          method: operation.method,
          url: `${path}${query.length > 0 ? `?${query.join('&')}` : ''}`,
          headers,
          body,
          direct: valid.direct,
          mutation: broken.mutation,
        };
      }),
  );
}
