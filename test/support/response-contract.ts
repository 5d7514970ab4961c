import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ObservedResponse } from '#platform';

/**
 * The contract test for the REST API: every response the apps send during a test file must be declared
 * by the committed merged OpenAPI document (openapi/zone-gov-platform.json) for its operation and
 * status, with a declared content type and a body that validates against the declared schema — the
 * document generated clients are built from, so code and contract cannot drift apart silently.
 */
interface OpenApiResponse {
  content?: Record<string, { schema?: object }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, { responses?: Record<string, OpenApiResponse> }>>;
}

const DOCUMENT_ID = 'zone-gov-platform.json';

let loaded: { document: OpenApiDocument; ajv: Ajv2020; routes: { pattern: RegExp; path: string; literal: number }[] } | undefined;
const validators = new Map<string, ValidateFunction>();
const violations: string[] = [];

function contract() {
  if (loaded) return loaded;
  const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../openapi/zone-gov-platform.json'), 'utf8')) as OpenApiDocument;
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const routes = Object.keys(document.paths).map((template) => ({
    path: template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
    // A literal segment beats a parameter (`/ledger/counts` before `/ledger/{id}`).
    literal: template.replace(/\{[^}]+\}/g, '').length,
  }));
  routes.sort((a, b) => b.literal - a.literal);
  loaded = { document, ajv, routes };
  return loaded;
}

/** `application/json` and its structured-syntax relatives (`application/problem+json`). */
const isJsonMediaType = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

const pointer = (...parts: string[]) => parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

/** Checks one response; only the platform's API (`/api/v1/…`) is under contract. */
export function checkResponse(response: ObservedResponse): void {
  const pathname = response.url.split('?')[0]!;
  const method = response.method.toLowerCase();
  if (!pathname.startsWith('/api/v1/') || method === 'options' || method === 'head') return;
  const { document, ajv, routes } = contract();
  const route = routes.find((candidate) => candidate.pattern.test(pathname) && document.paths[candidate.path]![method] !== undefined);
  const where = `${response.method} ${pathname} → ${response.status}`;
  if (route === undefined) {
    // Unknown routes and methods are refused with 404/405 problems; anything else must be documented.
    if (response.status !== 404 && response.status !== 405) violations.push(`${where}: no such operation in the document`);
    return;
  }
  const responses = document.paths[route.path]![method]!.responses ?? {};
  const statusKey = [String(response.status), `${String(response.status)[0]}XX`, 'default'].find((key) => key in responses);
  if (statusKey === undefined) {
    violations.push(`${where}: status not declared (declared: ${Object.keys(responses).join(', ')})`);
    return;
  }
  const content = responses[statusKey]!.content;
  const mediaType = response.contentType?.split(';')[0]!.trim().toLowerCase();
  // A streamed file (CSV, XLSX) is not observed, but its declared media type still is.
  const streamedFile = response.body === undefined && mediaType !== undefined && !mediaType.endsWith('json');
  if (!streamedFile && (response.body === undefined || response.body === '')) return;
  if (content === undefined || mediaType === undefined || !(mediaType in content)) {
    violations.push(`${where}: content type ${mediaType} not declared (declared: ${Object.keys(content ?? {}).join(', ') || 'no body'})`);
    return;
  }
  // Files, images and other binary bodies (`format: binary`) are held to their declared media type only: their
  // schema describes bytes, not a JSON value to validate.
  if (!isJsonMediaType(mediaType) || content[mediaType]!.schema === undefined || response.body === undefined) return;
  const ref = `${DOCUMENT_ID}#/${pointer('paths', route.path, method, 'responses', statusKey, 'content', mediaType, 'schema')}`;
  let validate = validators.get(ref);
  if (validate === undefined) {
    validate = ajv.compile({ $ref: ref });
    validators.set(ref, validate);
  }
  if (!validate(JSON.parse(response.body))) {
    violations.push(`${where}: body does not match ${route.path} ${statusKey}: ${ajv.errorsText(validate.errors, { separator: '; ' })}`);
  }
}

/** The violations found since the last call, which forgets them. */
export function takeResponseViolations(): string[] {
  return violations.splice(0);
}
