import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { BEARER_SECURITY_SCHEME } from '../auth/api-auth.decorator.js';
import { PROBLEM_CONTENT_TYPE } from '../problem/problem-details.js';

export interface ApiDescription {
  title: string;
  description: string;
  tag: string;
}

/** ProblemDetails as a reusable schema, referenced by every documented error response. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', example: 'urn:zone-gov:problem:validation-failed' },
    title: { type: 'string', example: 'Validation failed' },
    status: { type: 'integer', example: 400 },
    detail: { type: 'string', example: '1 field failed validation' },
    instance: { type: 'string', example: '/api/v1/land/projects' },
    requestId: { type: 'string', example: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c' },
    errors: {
      type: 'array',
      example: [{ field: 'requestedAreaMu', message: 'requestedAreaMu must be a decimal string with at most 4 decimal places, e.g. "382.54"' }],
      items: { type: 'object', required: ['field', 'message'], properties: { field: { type: 'string' }, message: { type: 'string' } } },
    },
  },
} as const;

export function buildOpenApiDocument(app: INestApplication, api: ApiDescription, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion(version)
    .setOpenAPIVersion('3.1.0')
    // Relative, so the document is right wherever it is served: the gateway (for integrators) or a service.
    .addServer('/', 'The host serving this document (the gateway: https://<gateway>/docs)')
    .setLicense('UNLICENSED (internal to the zone administration)', 'https://www.anqing.gov.cn/')
    .addTag(api.tag, api.description)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SECURITY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_SCHEMA as never } };
  describeErrorBodies(document);
  sortParameters(document);
  describeSharedTags(document);
  keepEnumDescriptionsOnProperties(document);
  document.components.schemas = toJsonSchema2020(document.components.schemas) as typeof document.components.schemas;
  document.paths = toJsonSchema2020(document.paths) as typeof document.paths;
  return document;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/**
 * Every 4xx/5xx answer is a problem document (ProblemFilter guarantees it), so each documented error
 * response gets that body, and every operation documents the 500 any request can meet.
 */
function describeErrorBodies(document: OpenAPIObject): void {
  const problemBody = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } };
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      operation.responses['500'] ??= { description: 'Unexpected error; logged with the request id.' };
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && response !== undefined && !('$ref' in response)) response.content = problemBody;
      }
    }
  }
}

export { PROBLEM_CONTENT_TYPE };

const PARAMETER_ORDER = ['path', 'query', 'header', 'cookie'];

/**
 * Parameters in a fixed order (path, query, header; by name within each), so the document does not
 * depend on how decorators happened to be evaluated and can be committed and compared.
 */
function sortParameters(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const parameters = item[method]?.parameters as { in?: string; name?: string }[] | undefined;
      parameters?.sort((a, b) => PARAMETER_ORDER.indexOf(a.in ?? '') - PARAMETER_ORDER.indexOf(b.in ?? '') || (a.name ?? '').localeCompare(b.name ?? ''));
    }
  }
}

/** Tags that shared modules (mounted in every service) put on their operations. */
const SHARED_TAGS: Record<string, string> = {
  'working-calendar': "The zone's working calendar (statutory holidays and make-up working days) that the service's deadlines follow.",
};

function describeSharedTags(document: OpenAPIObject): void {
  const used = new Set(Object.values(document.paths).flatMap((item) => HTTP_METHODS.flatMap((method) => item[method]?.tags ?? [])));
  document.tags ??= [];
  for (const [name, description] of Object.entries(SHARED_TAGS)) {
    if (used.has(name) && !document.tags.some((tag) => tag.name === name)) document.tags.push({ name, description });
  }
}

/**
 * A named enum (`enumName`) is shared by every property that uses it, but the generator gives it the
 * description of whichever property it met first ("null once all six are"); that description stays on
 * the property, so the shared schema keeps none.
 */
function keepEnumDescriptionsOnProperties(document: OpenAPIObject): void {
  for (const schema of Object.values(document.components?.schemas ?? {})) {
    if ('enum' in schema && schema.enum !== undefined && !('properties' in schema)) delete schema.description;
  }
}

/**
 * OpenAPI 3.1 schemas are JSON Schema 2020-12, without 3.0's `nullable`: `{type: T, nullable}` becomes
 * `type: [T, 'null']` (and `null` joins an enum); a nullable `$ref` (emitted as `allOf`) becomes `oneOf`
 * with `null`. `Date | null` properties reach the generator as `type: object` with a date format; they are
 * strings on the wire, as is any `string | null` property the generator could only see as `object`.
 */
function toJsonSchema2020(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema2020);
  if (typeof value !== 'object' || value === null) return value;
  const schema = Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, toJsonSchema2020(inner)])) as Record<string, unknown>;
  // `string | null` without an explicit `type` reaches the generator as `object`; a string example gives it away.
  const stringLike = schema.format === 'date-time' || schema.format === 'date' || (typeof schema.example === 'string' && schema.properties === undefined);
  if (stringLike) {
    if (schema.type === 'object') schema.type = 'string';
    if (Array.isArray(schema.type)) schema.type = schema.type.map((type: unknown) => (type === 'object' ? 'string' : type));
  }
  if (schema.nullable !== true) {
    if (schema.nullable === false) delete schema.nullable;
    return schema;
  }
  delete schema.nullable;
  if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && schema.properties === undefined) {
    const { allOf, type: _type, ...rest } = schema;
    return { ...rest, oneOf: [allOf[0], { type: 'null' }] };
  }
  if (typeof schema.type === 'string') schema.type = [schema.type, 'null'];
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  return schema;
}
