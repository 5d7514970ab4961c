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
    .addTag(api.tag, api.description)
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER_SECURITY_SCHEME)
    .build();
  const document = SwaggerModule.createDocument(app, config);
  document.components = { ...document.components, schemas: { ...document.components?.schemas, ProblemDetails: PROBLEM_SCHEMA as never } };
  describeErrorBodies(document);
  sortParameters(document);
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
