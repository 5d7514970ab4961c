import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import type { ProblemKind } from './problem-catalogue.js';

/**
 * Documents the problems an operation answers with, from the feature's catalogue: one paragraph per kind,
 * "`slug`: when", under its status. Several kinds of one status (and other `@ApiProblems`, such as the
 * idempotency ones) share the response, a paragraph each.
 */
export function ApiProblems(...kinds: ProblemKind[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...kinds.map((kind) => ApiResponse({ status: kind.status, description: `\`${kind.slug}\`: ${kind.when}` })));
}
