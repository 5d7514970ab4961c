import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface Response {
  description: string;
  content?: Record<string, { example?: { type?: string; detail?: string; errors?: unknown[] } }>;
}
interface Operation {
  operationId: string;
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, Response>;
}

const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../../openapi/zone-gov-platform.json'), 'utf8')) as {
  paths: Record<string, Record<string, Operation>>;
};
const operations = Object.values(document.paths).flatMap((item) => Object.values(item));

/** A problem catalogue's paragraph for another problem than the validation failure: "`slug`: when …". */
const OTHER_PROBLEM_FIRST = /^`(?!validation-failed`)[a-z][a-z0-9-]*`:/;

describe('the merged OpenAPI document (committed; after an API change: npm run openapi)', () => {
  it('describes the validation failure first in the 400 of every operation that takes input, and shows it as the example', () => {
    const takingInput = operations.filter((operation) => (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined);
    expect(takingInput.length).toBeGreaterThan(150);
    const wrong = takingInput.flatMap((operation) => {
      const badRequest = operation.responses['400'];
      const example = badRequest?.content?.['application/problem+json']?.example;
      const ok =
        badRequest !== undefined &&
        !OTHER_PROBLEM_FIRST.test(badRequest.description) &&
        example?.type === 'urn:zone-gov:problem:validation-failed' &&
        (example.errors?.length ?? 0) > 0;
      return ok ? [] : [`${operation.operationId}: ${JSON.stringify(badRequest?.description)} / ${JSON.stringify(example?.detail)}`];
    });
    expect(wrong).toEqual([]);
  });
});
