import { isDeepStrictEqual } from 'node:util';

/** The parts of an OpenAPI document the merge touches; everything else passes through untouched. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; license?: unknown };
  paths?: Record<string, unknown>;
  tags?: { name: string; description?: string }[];
  components?: { schemas?: Record<string, unknown>; securitySchemes?: Record<string, unknown>; [section: string]: unknown };
  [key: string]: unknown;
}

export interface ServiceDocument {
  service: string;
  document: OpenApiDocument;
}

/**
 * Whether two schemas say the same, compared as the JSON they are served as: the gateway's own document
 * is built in memory (keys left undefined, objects of another realm under a test runner) while the
 * services' arrive parsed, and neither difference is one a client can see.
 */
function sameSchema(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a)), JSON.parse(JSON.stringify(b)));
}

const pascal = (service: string) => service.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/** Replaces `#/components/schemas/<old>` references throughout a JSON value. */
function renameRefs(value: unknown, renames: Map<string, string>): unknown {
  if (Array.isArray(value)) return value.map((item) => renameRefs(item, renames));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => {
      if (key === '$ref' && typeof inner === 'string') {
        const name = inner.replace('#/components/schemas/', '');
        return [key, renames.has(name) ? `#/components/schemas/${renames.get(name)}` : inner];
      }
      return [key, renameRefs(inner, renames)];
    }),
  );
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Operation = { operationId?: string; tags?: string[] };

function operationsOf(document: OpenApiDocument): Operation[] {
  return Object.values(document.paths ?? {}).flatMap((item) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method]) => HTTP_METHODS.includes(method))
      .map(([, operation]) => operation),
  );
}

/**
 * The schema names that must become per-service (`LandProjectDto`): those two services define
 * differently once each service's own renames are applied to its references. A rename can make
 * otherwise identical wrappers differ (two `LedgerEntryPageDto`s whose items are two different
 * `LedgerEntryDto`s), so the comparison repeats until no new name is found.
 */
function conflictingSchemaNames(parts: ServiceDocument[]): Set<string> {
  const conflicting = new Set<string>();
  for (;;) {
    const variants = new Map<string, unknown[]>();
    for (const { service, document } of parts) {
      const renames = renamesFor(service, document, conflicting);
      for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
        const renamed = renameRefs(schema, renames);
        const seen = variants.get(name) ?? [];
        if (!seen.some((other) => sameSchema(other, renamed))) seen.push(renamed);
        variants.set(name, seen);
      }
    }
    const found = [...variants].filter(([name, seen]) => seen.length > 1 && !conflicting.has(name));
    if (found.length === 0) return conflicting;
    for (const [name] of found) conflicting.add(name);
  }
}

function renamesFor(service: string, document: OpenApiDocument, conflicting: ReadonlySet<string>): Map<string, string> {
  return new Map(
    Object.keys(document.components?.schemas ?? {})
      .filter((name) => conflicting.has(name))
      .map((name) => [name, `${pascal(service)}${name}`]),
  );
}

/**
 * One document for the whole platform. Schemas identical across services are shared; a name two services
 * use differently is prefixed with the service (`LandProjectDto`) so that no definition silently wins.
 * Likewise an operationId that several services use (features every service mounts) is prefixed
 * (`landListWorkingCalendarYears`), since generated clients need them unique; every tag used is declared.
 */
export function mergeOpenApiDocuments(parts: ServiceDocument[], info: OpenApiDocument['info']): OpenApiDocument {
  const conflicting = conflictingSchemaNames(parts);
  const operationIdUsers = new Map<string, number>();
  for (const { document } of parts) {
    for (const operation of operationsOf(document)) {
      if (operation.operationId) operationIdUsers.set(operation.operationId, (operationIdUsers.get(operation.operationId) ?? 0) + 1);
    }
  }
  const first = parts[0]?.document;
  const merged: OpenApiDocument = {
    openapi: first?.openapi ?? '3.0.0',
    // The services share one licence and the gateway's server, so the first one's stand for the whole.
    info: first?.info.license === undefined ? info : { ...info, license: first.info.license },
    ...(first?.servers === undefined ? {} : { servers: first.servers }),
    paths: {},
    tags: [],
    components: { schemas: {}, securitySchemes: {} },
  };
  for (const { service, document } of parts) {
    const renames = renamesFor(service, document, conflicting);
    const renamed = renameRefs(document, renames) as OpenApiDocument;
    for (const operation of operationsOf(renamed)) {
      const id = operation.operationId;
      if (id !== undefined && (operationIdUsers.get(id) ?? 0) > 1)
        operation.operationId = `${service.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}${id[0]!.toUpperCase()}${id.slice(1)}`;
    }
    for (const [path, item] of Object.entries(renamed.paths ?? {})) {
      if (path in merged.paths!) throw new Error(`path ${path} is served by two services`);
      merged.paths![path] = item;
    }
    for (const [name, schema] of Object.entries(renamed.components?.schemas ?? {})) {
      const mergedName = renames.get(name) ?? name;
      if (mergedName in merged.components!.schemas! && !sameSchema(merged.components!.schemas![mergedName], schema)) {
        throw new Error(`schema ${mergedName} would be defined twice`);
      }
      merged.components!.schemas![mergedName] = schema;
    }
    Object.assign(merged.components!.securitySchemes!, renamed.components?.securitySchemes);
    const used = operationsOf(renamed).flatMap((operation) => operation.tags ?? []);
    for (const tag of [...(renamed.tags ?? []), ...used.map((name) => ({ name }))]) {
      if (!merged.tags!.some((existing) => existing.name === tag.name)) merged.tags!.push(tag);
    }
  }
  return merged;
}
