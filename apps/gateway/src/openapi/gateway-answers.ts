import { PROBLEM_CONTENT_TYPE, problemForStatus, problemType, type ProblemDetails } from '#platform';
import type { OpenApiDocument } from './merge-openapi.js';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const RATE_LIMIT_HEADERS = {
  'Retry-After': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 0, maximum: 3600 } },
  'X-RateLimit-Limit': { description: 'Requests allowed per minute for this caller (token subject, or address without a token).', schema: { type: 'integer', minimum: 0 } },
  'X-RateLimit-Remaining': { description: 'Requests left in the current window.', schema: { type: 'integer', minimum: 0 } },
  'X-RateLimit-Reset': { description: 'Seconds until the window resets.', schema: { type: 'integer', minimum: 0 } },
};

/**
 * Answers that any route can give before or around the operation itself: the HTTP layer's limits (every
 * app applies them), the gateway's rate limit and an unhealthy upstream.
 */
const GATEWAY_ANSWERS: Record<string, { description: string; slug: string; headers?: Record<string, unknown> }> = {
  '408': { description: 'The request (or its body) did not arrive within the time limit (`request-timeout`); the connection is closed.', slug: 'request-timeout' },
  '414': { description: 'The request target is longer than the server accepts (`uri-too-long`).', slug: 'uri-too-long' },
  '429': {
    description: 'Too many requests from this caller (`too-many-requests`): per token subject, per address without a token, higher for the `integrator` role; retry after `Retry-After` seconds.',
    slug: 'too-many-requests',
    headers: RATE_LIMIT_HEADERS,
  },
  '502': { description: 'The service gave the gateway an invalid answer (`bad-gateway`).', slug: 'bad-gateway' },
  '431': { description: 'The request headers are larger than the server accepts (`headers-too-large`).', slug: 'headers-too-large' },
  '504': { description: 'The service did not answer within the gateway\'s upstream timeout (`gateway-timeout`).', slug: 'gateway-timeout' },
};

/**
 * Documents these answers on every operation of the merged document, the one clients build on (they
 * only ever call the gateway); a service's own description of a status wins.
 */
export function documentGatewayAnswers(document: OpenApiDocument): OpenApiDocument {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of METHODS) {
      const operation = (item as Record<string, { responses?: Record<string, unknown> } | undefined>)[method];
      if (operation?.responses === undefined) continue;
      for (const [status, answer] of Object.entries(GATEWAY_ANSWERS)) {
        const example: ProblemDetails = { ...problemForStatus(Number(status)), type: problemType(answer.slug), detail: answer.description.replace(/\s*\(`[^`]*`\)/g, ''), instance: path };
        operation.responses[status] ??= {
          description: answer.description,
          ...(answer.headers === undefined ? {} : { headers: answer.headers }),
          content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' }, example } },
        };
      }
      operation.responses = Object.fromEntries(Object.entries(operation.responses).sort(([a], [b]) => a.localeCompare(b)));
    }
  }
  return document;
}
