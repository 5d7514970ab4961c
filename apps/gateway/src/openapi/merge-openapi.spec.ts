import { describe, expect, it } from '@jest/globals';
import { mergeOpenApiDocuments, type OpenApiDocument } from './merge-openapi.js';

const doc = (path: string, tag: string, schemas: Record<string, unknown>): OpenApiDocument => ({
  openapi: '3.0.0',
  info: { title: tag, version: '1' },
  tags: [{ name: tag }],
  paths: { [path]: { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/ItemDto' } } } } } } } },
  components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
});

describe('mergeOpenApiDocuments', () => {
  it('keeps every path and tag, shares identical schemas and prefixes conflicting ones', () => {
    const problem = { type: 'object' };
    const merged = mergeOpenApiDocuments(
      [
        { service: 'land', document: doc('/api/v1/land/projects', 'land', { ItemDto: { type: 'string' }, ProblemDetails: problem }) },
        { service: 'party', document: doc('/api/v1/party/red-stations', 'party', { ItemDto: { type: 'integer' }, ProblemDetails: problem }) },
      ],
      { title: 'Zone', version: '1' },
    );
    expect(Object.keys(merged.paths!)).toEqual(['/api/v1/land/projects', '/api/v1/party/red-stations']);
    expect(merged.tags!.map((tag) => tag.name)).toEqual(['land', 'party']);
    expect(Object.keys(merged.components!.schemas!).sort()).toEqual(['LandItemDto', 'PartyItemDto', 'ProblemDetails']);
    expect(JSON.stringify(merged.paths!['/api/v1/party/red-stations'])).toContain('#/components/schemas/PartyItemDto');
  });

  it('compares schemas after renaming their references, so wrappers of differing items stay apart', () => {
    const page = { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/EntryDto' } } } };
    const service = (path: string, tag: string, entry: unknown): OpenApiDocument => ({
      ...doc(path, tag, { EntryDto: entry, PageDto: page }),
      paths: { [path]: { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/PageDto' } } } } } } } },
    });
    const merged = mergeOpenApiDocuments(
      [
        { service: 'credit', document: service('/api/v1/credit/ledger-entries', 'credit', { type: 'object', properties: { points: { type: 'integer' } } }) },
        { service: 'party', document: service('/api/v1/party/ledger/entries', 'party', { type: 'object', properties: { colour: { type: 'string' } } }) },
      ],
      { title: 'Zone', version: '1' },
    );
    const schemas = merged.components!.schemas!;
    expect(Object.keys(schemas).sort()).toEqual(['CreditEntryDto', 'CreditPageDto', 'PartyEntryDto', 'PartyPageDto']);
    expect(JSON.stringify(merged.paths!['/api/v1/credit/ledger-entries'])).toContain('#/components/schemas/CreditPageDto');
    expect(JSON.stringify(schemas.CreditPageDto)).toContain('#/components/schemas/CreditEntryDto');
    expect(JSON.stringify(schemas.PartyPageDto)).toContain('#/components/schemas/PartyEntryDto');
  });

  it('makes operationIds that several services use unique, and declares every tag used', () => {
    const shared = (path: string): OpenApiDocument => ({
      openapi: '3.0.0',
      info: { title: 't', version: '1' },
      paths: { [path]: { get: { operationId: 'listYears', tags: ['working-calendar'], responses: {} }, parameters: [] } },
    });
    const merged = mergeOpenApiDocuments(
      [
        { service: 'land', document: shared('/api/v1/land/years') },
        { service: 'party', document: shared('/api/v1/party/years') },
      ],
      { title: 't', version: '1' },
    );
    const ids = Object.values(merged.paths!).map((item) => (item as { get: { operationId: string } }).get.operationId);
    expect(ids).toEqual(['landListYears', 'partyListYears']);
    expect(merged.tags).toEqual([{ name: 'working-calendar' }]);
  });

  it('refuses two services claiming one path', () => {
    const one = doc('/api/v1/land/x', 'land', {});
    expect(() =>
      mergeOpenApiDocuments(
        [
          { service: 'a', document: one },
          { service: 'b', document: one },
        ],
        { title: 't', version: '1' },
      ),
    ).toThrow(/two services/);
  });

  it("carries the services' OpenAPI version, licence and relative server into the merge", () => {
    const service = (path: string, tag: string): OpenApiDocument => ({
      ...doc(path, tag, {}),
      openapi: '3.1.0',
      info: { title: tag, version: '1', license: { name: 'UNLICENSED' } },
      servers: [{ url: '/' }],
    });
    const merged = mergeOpenApiDocuments(
      [
        { service: 'land', document: service('/api/v1/land/projects', 'land') },
        { service: 'party', document: service('/api/v1/party/red-stations', 'party') },
      ],
      { title: 'Zone', version: '1' },
    );
    expect(merged.openapi).toBe('3.1.0');
    expect(merged.info).toEqual({ title: 'Zone', version: '1', license: { name: 'UNLICENSED' } });
    expect(merged.servers).toEqual([{ url: '/' }]);
  });
});
