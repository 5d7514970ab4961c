import { Controller, Get, Inject, Query, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { ServiceName } from '#contracts';
import {
  ApiAuth,
  AUDIT_READER_ROLES,
  AUDIT_UNIT_RULE,
  AuditEntryDto,
  AuditLogQueryDto,
  createValidationPipe,
  PageDtoOf,
  ProblemException,
  REQUEST_ID_HEADER,
  SERVICE_NAMES,
  TRACEPARENT_HEADER,
  type Page,
  type ProblemDetails,
} from '#platform';
import type { GatewayConfig } from '../gateway-config.js';
import { GATEWAY_CONFIG } from '../gateway.tokens.js';
import { isUnreachable, upstreamProblem } from '../proxy/upstream-error.js';
import { UpstreamPool } from '../proxy/upstream-pool.js';
import { decodeZoneCursor, encodeZoneCursor, mergeTrailPages, type TrailPage, type TrailPosition, type ZonePosition } from './zone-audit-merge.js';

/** One entry of the zone-wide trail: a service's entry, and which service wrote it. */
export class ZoneAuditEntryDto extends AuditEntryDto {
  @ApiProperty({
    enum: SERVICE_NAMES,
    enumName: 'ServiceName',
    example: 'supervision',
    description: "The service whose trail holds the entry (`cursor` continues that service's own list).",
  })
  service!: ServiceName;
}

export class ZoneAuditEntryPageDto extends PageDtoOf(ZoneAuditEntryDto) {}

const FILTERS = ['actor', 'targetType', 'targetId', 'action', 'unit', 'from', 'to', 'requestId', 'correlationId'] as const;

/**
 * The zone-wide audit trail: the four services' trails read with the caller's own token and filters and
 * merged newest first. Each service keeps its trail in the database that wrote it; nothing is copied.
 */
@ApiTags('zone')
@Controller('api/v1/audit-log')
export class ZoneAuditLogController {
  constructor(
    private readonly upstreams: UpstreamPool,
    @Inject(GATEWAY_CONFIG) private readonly config: GatewayConfig,
  ) {}

  @Get()
  @ApiAuth({ units: `as in each service: ${AUDIT_UNIT_RULE}` }, ...AUDIT_READER_ROLES)
  @ApiOperation({
    operationId: 'zoneListAuditLog',
    summary: 'Read the audit trails of every service as one, newest first',
    description:
      "Asks each service's `…ListAuditLog` with the caller's token and the same filters, and merges the answers. The cursor carries each service's own position. Any service failing fails the page (503, 502, 504): a merged page never silently misses a service.",
  })
  @ApiOkResponse({ type: ZoneAuditEntryPageDto })
  async list(@Query(createValidationPipe()) query: AuditLogQueryDto, @Req() request: FastifyRequest): Promise<ZoneAuditEntryPageDto> {
    const position: ZonePosition =
      query.cursor === undefined
        ? (Object.fromEntries(SERVICE_NAMES.map((service) => [service, 'start'])) as ZonePosition)
        : decodeZoneCursor(query.cursor, SERVICE_NAMES);
    // The caller's own token: each service applies its own rule to it. The request id and trace continue there.
    const headers = Object.fromEntries(
      ['authorization', REQUEST_ID_HEADER, TRACEPARENT_HEADER].flatMap((name) => {
        const value = request.headers[name];
        return typeof value === 'string' ? [[name, value]] : [];
      }),
    ) as Record<string, string>;
    const asked = SERVICE_NAMES.filter((service) => position[service] !== 'end');
    const pages = await Promise.all(asked.map((service) => this.pageOf(service, position[service], query, headers)));
    const { items, next } = mergeTrailPages(position, pages, query.limit);
    return { items, ...(next === undefined ? {} : { nextCursor: encodeZoneCursor(next) }) };
  }

  /** One service's next entries after its position, from the first of its instances that answers. */
  private async pageOf(service: ServiceName, at: TrailPosition, query: AuditLogQueryDto, headers: Record<string, string>): Promise<TrailPage<AuditEntryDto>> {
    const parameters = new URLSearchParams({ limit: String(query.limit) });
    for (const filter of FILTERS) if (query[filter] !== undefined) parameters.set(filter, query[filter]);
    if (typeof at === 'object') parameters.set('cursor', at.after);
    const tried: string[] = [];
    for (let upstream = this.upstreams.pick(service); upstream !== undefined; upstream = this.upstreams.pick(service, tried)) {
      tried.push(upstream);
      let response: Response;
      try {
        response = await fetch(`${upstream}/api/v1/${service}/audit-log?${parameters}`, {
          headers,
          signal: AbortSignal.timeout(this.config.upstreamTimeoutMs),
        });
      } catch (error) {
        if (isUnreachable(error as never)) {
          this.upstreams.markDown(service, upstream, 'not reachable');
          continue;
        }
        if ((error as Error).name === 'TimeoutError') throw new ProblemException(upstreamProblem(service, { code: 'UND_ERR_HEADERS_TIMEOUT' }));
        throw new ProblemException(upstreamProblem(service, error as never));
      }
      const body = (await response.json().catch(() => undefined)) as Partial<Page<AuditEntryDto> & ProblemDetails> | undefined;
      if (response.ok && Array.isArray(body?.items))
        return { service, items: body.items, ...(body.nextCursor === undefined ? {} : { nextCursor: body.nextCursor }) };
      // The service's own refusal (400, 401, 403) or trouble (503) is the caller's answer; anything else is a bad answer.
      if (body?.status === response.status && (response.status < 500 || response.status === 503))
        throw new ProblemException({ ...(body as ProblemDetails), service });
      throw new ProblemException(upstreamProblem(service, {}));
    }
    throw new ProblemException(upstreamProblem(service, { code: 'ECONNREFUSED' }));
  }
}
