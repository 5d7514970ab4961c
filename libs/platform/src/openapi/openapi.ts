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
  return document;
}

export { PROBLEM_CONTENT_TYPE };
