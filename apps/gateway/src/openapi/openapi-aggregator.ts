import { Logger } from '@nestjs/common';
import { API_VERSION, SERVICE_NAMES } from '#platform';
import type { UpstreamPool } from '../proxy/upstream-pool.js';
import { documentGatewayAnswers } from './gateway-answers.js';
import { mergeOpenApiDocuments, type OpenApiDocument, type ServiceDocument } from './merge-openapi.js';

const REFRESH_MS = 30_000;
const FETCH_TIMEOUT_MS = 3_000;

/** Fetches each service's own document and serves the merge; a service that is down is named, not hidden. */
export class OpenApiAggregator {
  private readonly logger = new Logger('OpenApiAggregator');
  private cached?: { at: number; document: OpenApiDocument };
  private inFlight?: Promise<OpenApiDocument>;
  private own?: ServiceDocument;

  constructor(private readonly upstreams: UpstreamPool) {}

  /** The gateway's own operations, merged after the services'. */
  include(document: object): void {
    this.own = { service: 'zone', document: document as OpenApiDocument };
    this.cached = undefined;
  }

  async document(): Promise<OpenApiDocument> {
    if (this.cached && Date.now() - this.cached.at < REFRESH_MS) return this.cached.document;
    this.inFlight ??= this.build().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async build(): Promise<OpenApiDocument> {
    const results = await Promise.all(
      SERVICE_NAMES.map(async (service): Promise<ServiceDocument | string> => {
        try {
          const base = this.upstreams.pick(service)!;
          const response = await fetch(`${base}/openapi.json`, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
          if (!response.ok) return service;
          return { service, document: (await response.json()) as OpenApiDocument };
        } catch {
          return service;
        }
      }),
    );
    const parts = [...results.filter((result): result is ServiceDocument => typeof result !== 'string'), ...(this.own === undefined ? [] : [this.own])];
    const missing = results.filter((result): result is string => typeof result === 'string');
    const description = [
      "One API for the zone's grassroots-governance services. Errors are RFC 9457 problem details; lists are cursor-paginated.",
      missing.length > 0 ? `Currently unavailable (their operations are missing from this document): ${missing.join(', ')}.` : '',
    ]
      .join(' ')
      .trim();
    const document = documentGatewayAnswers(mergeOpenApiDocuments(parts, { title: 'Zone Gov Platform API', version: API_VERSION, description }));
    if (missing.length > 0) {
      this.logger.warn(`OpenAPI of ${missing.join(', ')} unavailable; serving without them`);
      // Retry soon rather than keeping a partial document for the whole refresh period.
      this.cached = { at: Date.now() - REFRESH_MS + 2_000, document };
    } else {
      this.cached = { at: Date.now(), document };
    }
    return document;
  }
}

/** The document with its server variables defaulting to the gateway that serves it (for Swagger UI's "Try it out"). */
export function servedFrom(document: OpenApiDocument, scheme: string, host: string): OpenApiDocument {
  const servers = (document.servers as { url: string; variables?: Record<string, { default: string }> }[] | undefined) ?? [];
  return {
    ...document,
    servers: servers.map((server) => ({
      ...server,
      ...(server.variables === undefined
        ? {}
        : {
            variables: {
              ...server.variables,
              ...(server.variables.scheme ? { scheme: { ...server.variables.scheme, default: scheme } } : {}),
              ...(server.variables.host ? { host: { ...server.variables.host, default: host } } : {}),
            },
          }),
    })),
  };
}
