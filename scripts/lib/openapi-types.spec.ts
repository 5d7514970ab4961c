import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateOpenApiTypes, MERGED_OPENAPI_TYPES } from './openapi-types.js';

const repo = path.resolve(import.meta.dirname, '../..');

describe('typed-client declarations', () => {
  it(`${MERGED_OPENAPI_TYPES} matches the committed merged OpenAPI document (after npm run openapi: npm run openapi:types)`, async () => {
    expect(readFileSync(path.join(repo, MERGED_OPENAPI_TYPES), 'utf8')).toBe(await generateOpenApiTypes(repo));
  });
});
