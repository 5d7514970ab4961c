import { Controller, Get, Query, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ServiceName } from '#contracts';
import { ApiAuth } from '../auth/api-auth.decorator.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import type { Role } from '../auth/roles.js';
import { AuditEntryPageDto, AuditLogQueryDto } from './audit-log.dto.js';
import { AuditLogReader } from './audit-log.reader.js';

/** Who may read an audit trail: the discipline-inspection supervisors and the platform's administrators. */
export const AUDIT_READER_ROLES: Role[] = ['discipline-supervisor', 'zone-admin'];

/** The unit rule of every trail, stated once for the services' and the gateway's documents. */
export const AUDIT_UNIT_RULE =
  "rows written for one of the caller's units (the writer's token units, `actor.units`); every row for `zone-admin` or a `zone` token";

/**
 * The read-only audit trail of one service, `GET /api/v1/<service>/audit-log`: one controller class per
 * service (its own operationId and tag), all built here. The trail has no write operation anywhere; the
 * table itself refuses updates and deletes.
 */
export function auditLogController(service: ServiceName): Type<unknown> {
  @ApiTags(service)
  @Controller('audit-log')
  class AuditLogController {
    constructor(private readonly auditLog: AuditLogReader) {}

    @Get()
    @ApiAuth({ units: AUDIT_UNIT_RULE }, ...AUDIT_READER_ROLES)
    @ApiOperation({
      operationId: `${service}ListAuditLog`,
      summary: `Read the ${service} service's audit trail: who changed what, when and from what, newest first`,
      description:
        "Every write of the service leaves one entry, in the same transaction as the change. Personal values (ID numbers, phones, residents' names) are masked. Asking for a `unit` the caller does not hold is refused (403).",
    })
    @ApiOkResponse({ type: AuditEntryPageDto })
    list(@Query() query: AuditLogQueryDto, @CurrentUser() user: AuthUser) {
      return this.auditLog.read(query, user);
    }
  }
  Object.defineProperty(AuditLogController, 'name', { value: `${service[0]!.toUpperCase()}${service.slice(1)}AuditLogController` });
  return AuditLogController;
}
