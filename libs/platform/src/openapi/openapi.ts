import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';

import { BEARER_SECURITY_SCHEME, ROLES_EXTENSION, UNIT_RULE_EXTENSION } from '../auth/api-auth.decorator.js';
import { isRole } from '../auth/roles.js';
import { EXPORT_EXTENSION } from '../export/api-export.js';
import { attachmentDisposition } from '../export/content-disposition.js';
import { EXPORT_MEDIA_TYPES, MAX_EXPORT_ROWS } from '../export/export-file.js';
import { DEFAULT_INPUT_LIMITS } from '../http/input-policy.js';
import { PROBLEM_CONTENT_TYPE, problemForStatus, problemType, type ProblemDetails } from '../problem/problem-details.js';

const kib = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`);
const BODY_LIMITS = `${kib(DEFAULT_INPUT_LIMITS.authenticatedBodyBytes)} with a valid bearer token, ${kib(DEFAULT_INPUT_LIMITS.anonymousBodyBytes)} without`;

export interface ApiDescription {
  title: string;
  description: string;
  tag: string;
}

/** One failed field of a validation problem, named so that generated clients share one type. */
const PROBLEM_FIELD_ERROR_SCHEMA = {
  type: 'object',
  required: ['field', 'message'],
  properties: {
    field: { type: 'string', example: 'requestedAreaMu', description: 'Path of the field in the request, e.g. `items[0].points`.' },
    message: { type: 'string', example: 'requestedAreaMu must be a decimal string with at most 4 decimal places, e.g. "382.54"' },
  },
} as const;

/** ProblemDetails as a reusable schema, referenced by every documented error response. */
const PROBLEM_SCHEMA = {
  type: 'object',
  required: ['type', 'title', 'status'],
  properties: {
    type: { type: 'string', example: 'urn:zone-gov:problem:not-found', description: 'Stable problem kind, `urn:zone-gov:problem:<slug>`: branch on this.' },
    title: { type: 'string', example: 'Not found' },
    status: { type: 'integer', example: 404 },
    detail: { type: 'string', example: 'No such project.' },
    instance: { type: 'string', example: '/api/v1/land/projects/0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' },
    requestId: { type: 'string', example: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c', description: 'Quote it when reporting a problem.' },
    errors: { type: 'array', description: 'Field errors of a validation failure (400).', items: { $ref: '#/components/schemas/ProblemFieldError' } },
  },
} as const;

export function buildOpenApiDocument(app: INestApplication, api: ApiDescription, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle(api.title)
    .setDescription(api.description)
    .setVersion(version)
    .setOpenAPIVersion('3.1.0')
    // Absolute, so generated clients get a real base URL to override rather than `http://localhost`;
    // Swagger UI at the gateway fills in the host serving it.
    .addServer('{scheme}://{host}', 'The gateway, the only public entry (Swagger UI at /docs)', {
      scheme: { enum: ['https', 'http'], default: 'http', description: 'https in production' },
      host: { default: 'localhost:3000', description: "Host and port of the gateway, e.g. the zone's API domain" },
    })
    .setLicense('UNLICENSED (internal to the zone administration)', 'https://www.anqing.gov.cn/')
    .addTag(api.tag, api.description)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SECURITY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_SCHEMA as never, ProblemFieldError: PROBLEM_FIELD_ERROR_SCHEMA as never },
  };
  describeExports(document);
  describeResponses(document);
  describeAccess(document);
  sortParameters(document);
  describeSharedTags(document);
  keepEnumDescriptionsOnProperties(document);
  document.components.schemas = toJsonSchema2020(document.components.schemas) as typeof document.components.schemas;
  document.paths = toJsonSchema2020(document.paths) as typeof document.paths;
  return document;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const SUCCESS_DESCRIPTIONS: Record<string, string> = {
  '200': 'Success.',
  '201': 'Created.',
  '202': 'Accepted; the work continues in the background.',
  '204': 'Done; no body.',
};

/**
 * An operation with `?format=` (ApiExport) answers 200 with a file too: its CSV and XLSX media types as
 * binary, the file name header, and the 422 of an export over the row limit.
 */
function describeExports(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as (NonNullable<typeof item.get> & Record<string, unknown>) | undefined;
      if (operation?.[EXPORT_EXTENSION] === undefined) continue;
      const { title, fileName } = operation[EXPORT_EXTENSION] as { title: string; fileName: string };
      const ok = operation.responses['200'];
      if (ok === undefined || '$ref' in ok) continue;
      ok.content = {
        ...ok.content,
        ...Object.fromEntries(Object.values(EXPORT_MEDIA_TYPES).map((mediaType) => [mediaType, { schema: { type: 'string', format: 'binary' } }])),
      };
      ok.headers = {
        ...ok.headers,
        'Content-Disposition': {
          description:
            'With `format=csv|xlsx`: `attachment` with an ASCII `filename` and the Chinese name as `filename*` (RFC 5987): the export\'s title and "as of" date.',
          schema: { type: 'string', example: attachmentDisposition(`${fileName}-2026-04-30.csv`, `${title}-2026-04-30.csv`) },
        },
      };
      const tooLarge = `With \`format=csv|xlsx\`: the export would hold more than ${MAX_EXPORT_ROWS} rows (\`export-too-large\`); narrow the filter.`;
      const existing = operation.responses['422'];
      if (existing === undefined || '$ref' in existing) operation.responses['422'] = { description: tooLarge };
      else existing.description = `${existing.description}\n\n${tooLarge}`;
    }
  }
}

/** What the HTTP layer itself answers on any route, before the operation runs (hardenedServerOptions, the input policy). */
const HTTP_LAYER_RESPONSES: Record<string, string> = {
  '408': 'The request (or its body) did not arrive within the time limit (`request-timeout`); the connection is closed.',
  '414': 'The request target or a path segment is longer than the server accepts (`uri-too-long`).',
  '431': 'The request headers are larger than the server accepts (`headers-too-large`).',
};

const VALIDATION_FAILED = 'Invalid request (`validation-failed`); `errors` names each failed field.';
/** A problem catalogue's paragraph: "`slug`: when …". */
const CATALOGUE_ENTRY = /^`[a-z][a-z0-9-]*`:/;

/**
 * Every response gets a description, and every operation documents what any request can meet — the HTTP
 * layer's 408/414/431, the 500, the 503 of database trouble (retry) — and, when it takes parameters or a
 * body, the 400 of their validation. Every 4xx/5xx answer is a problem document (ProblemFilter guarantees
 * it), shown with an example of that status, not one for all.
 */
function describeResponses(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      if ((operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined) {
        const badRequest = operation.responses['400'];
        if (badRequest === undefined) operation.responses['400'] = { description: VALIDATION_FAILED };
        // Catalogue problems of status 400 (e.g. the idempotency key's) come after the failure any input can meet.
        else if (!('$ref' in badRequest) && CATALOGUE_ENTRY.test(badRequest.description))
          badRequest.description = `${VALIDATION_FAILED}\n\n${badRequest.description}`;
      }
      if (operation.requestBody !== undefined) {
        operation.responses['413'] ??= { description: `The body is larger than the limit (\`payload-too-large\`): ${BODY_LIMITS}.` };
        operation.responses['415'] ??= { description: 'The body is not `application/json` (`unsupported-media-type`).' };
      }
      for (const [status, description] of Object.entries(HTTP_LAYER_RESPONSES)) operation.responses[status] ??= { description };
      operation.responses['500'] ??= { description: 'Unexpected error; logged with the request id.' };
      operation.responses['503'] ??= {
        description:
          'The service or its database was briefly out of reach, or the change collided with a concurrent one (`database-unavailable`, `transaction-conflict`, `service-unavailable`): nothing was changed, retry after `Retry-After` seconds. `commit-unconfirmed`: the connection was lost during the commit, so the change may have been saved — read it back or retry with the same `Idempotency-Key`. `personal-data-log-unavailable`: a read that would show personal data could not be recorded in the access log, so it was withheld.',
        headers: { 'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 1, maximum: 3600 } } },
      };
      operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
      for (const [status, response] of Object.entries(operation.responses)) {
        if (response === undefined || '$ref' in response) continue;
        if (Number(status) < 400) {
          if (!response.description) response.description = SUCCESS_DESCRIPTIONS[status] ?? 'Success.';
          continue;
        }
        response.content = problemContent(Number(status), response.description, path, invalidFieldOf(document, operation));
      }
    }
  }
}

/** A field the 400 example can name: the body's first required property, else the first parameter. */
function invalidFieldOf(document: OpenAPIObject, operation: NonNullable<OpenAPIObject['paths'][string]['get']>): string {
  const body =
    operation.requestBody !== undefined && !('$ref' in operation.requestBody) ? operation.requestBody.content['application/json']?.schema : undefined;
  const schemaName = body !== undefined && '$ref' in body ? body.$ref.split('/').pop() : undefined;
  const schema = schemaName === undefined ? undefined : document.components?.schemas?.[schemaName];
  const required = schema !== undefined && !('$ref' in schema) ? schema.required?.[0] : undefined;
  const parameter = operation.parameters?.find((candidate) => !('$ref' in candidate)) as { name: string } | undefined;
  return required ?? parameter?.name ?? 'body';
}

/** A problem+json response body as documented: the shared schema, with an example of this status. */
export function problemContent(status: number, description: string, path: string, invalidField = 'body') {
  return {
    [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' }, example: problemExample(status, description, path, invalidField) },
  };
}

/** A problem as the operation would answer it: the slug its description names (`like-this`, or a catalogue's "`like-this`: when …"), else the status's generic one. */
function problemExample(status: number, description: string, path: string, invalidField: string): ProblemDetails {
  const generic = problemForStatus(status);
  const slugOf = (text: string) => [...text.matchAll(/`([a-z][a-z0-9]*(?:-[a-z0-9]+)+)`/g)].map((match) => match[1]!).find((candidate) => !isRole(candidate));
  // A response may describe several problems, one paragraph each: the example shows the first named one.
  const paragraphs = description.split(/\n\s*\n/);
  // A 400 shows the validation failure every operation with input can meet, described first.
  const paragraph = status === 400 ? paragraphs[0]! : (paragraphs.find((text) => slugOf(text) !== undefined) ?? paragraphs[0]!);
  const slug = slugOf(paragraph);
  const detail = paragraph
    .replace(/^`[^`]*`:\s*/, '')
    .replace(/\s*\(`[^`]*`\)/g, '')
    .replace(/`/g, '')
    .trim();
  return {
    ...generic,
    ...(status === 400 ? { type: problemType('validation-failed'), title: 'Validation failed' } : slug === undefined ? {} : { type: problemType(slug) }),
    detail,
    instance: path,
    requestId: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c',
    ...(status === 400 ? { errors: [{ field: invalidField, message: `${invalidField} is missing or invalid` }] } : {}),
  };
}

/**
 * Who may call each operation, in words at the end of its description (generated clients and Swagger
 * UI show it): the roles of `x-roles` and the unit rule of `x-unit-rule`, or "public". A public read
 * declares no security requirement, so Swagger UI shows no lock; a token sent anyway is still verified.
 */
function describeAccess(document: OpenAPIObject): void {
  for (const item of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = item[method] as (NonNullable<typeof item.get> & Record<string, unknown>) | undefined;
      if (operation === undefined) continue;
      let access: string;
      if (operation.security?.some((requirement) => Object.keys(requirement).length === 0)) {
        // A controller-wide @ApiAuth also marks the public reads it holds.
        delete operation[ROLES_EXTENSION];
        delete operation[UNIT_RULE_EXTENSION];
        operation.security = [];
        access = 'Public: no token needed (a token sent anyway must be valid).';
      } else {
        const roles = (operation[ROLES_EXTENSION] as string[] | undefined) ?? [];
        const unitRule = operation[UNIT_RULE_EXTENSION] as string | undefined;
        access = `${roles.length > 0 ? `Roles: ${roles.map((role) => `\`${role}\``).join(', ')}.` : 'Any authenticated caller.'}${unitRule === undefined ? '' : ` Units: ${unitRule}.`}`;
      }
      operation.description = `${operation.description === undefined || operation.description === '' ? '' : `${operation.description}\n\n`}**Access.** ${access}`;
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
