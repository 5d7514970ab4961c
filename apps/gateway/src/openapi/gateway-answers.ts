import { problemContent } from '#platform';
import type { OpenApiDocument } from './merge-openapi.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const RATE_LIMIT_HEADERS = {
  'Retry-After': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 0, maximum: 3600 } },
  'X-RateLimit-Limit': {
    description: 'Requests allowed per minute for this caller (token subject, or address without a token).',
    schema: { type: 'integer', minimum: 0 },
  },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer', minimum: 0 } },
  'X-RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 0 } },
};

/** What the gateway itself answers on every route, whatever the service: its rate limit and an unhealthy upstream. */
const GATEWAY_ANSWERS: Record<string, { description: string; headers?: Record<string, unknown> }> = {
  '429': {
    description:
      'Too many requests from this caller (`too-many-requests`): per token subject, per address without a token, higher for the `integrator` role; retry after `Retry-After` seconds.',
    headers: RATE_LIMIT_HEADERS,
  },
  '502': { description: 'The service gave the gateway an invalid answer (`bad-gateway`).' },
  '504': { description: "The service did not answer within the gateway's upstream timeout (`gateway-timeout`)." },
};

/**
 * Documents these answers on every operation of the merged document, the one clients build on (they only
 * ever call the gateway); the services' documents already carry what every app answers itself.
 */
export function documentGatewayAnswers(document: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, { responses?: Record<string, unknown> } | undefined>)[method];
      if (operation?.responses === undefined) continue;
      for (const [status, answer] of Object.entries(GATEWAY_ANSWERS)) {
        operation.responses[status] ??= { ...answer, content: problemContent(Number(status), answer.description, path) };
      }
      operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  return document;
}
