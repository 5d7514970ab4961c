import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { REQUEST_ID_PATTERN } from '../http/request-hooks.js';
import { PageDtoOf } from '../pagination/page.dto.js';
import { PageQueryDto } from '../pagination/page-query.dto.js';
import { BoundedText, MatchesPattern } from '../validation/bounds.js';

/** An instant with its offset: `2026-04-01T00:00:00Z`, `2026-04-01T08:00:00+08:00`. */
const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
/** An action (`disclosure.edit`) or, ending in a dot, a family of actions (`disclosure.`). */
const ACTION_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*\.?$/;

/** The filters of an audit-trail read; every one narrows, all together are ANDed. */
export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'clerk-shengtang-01', description: 'Only writes by this token subject (`sub`).' })
  @IsOptional()
  @BoundedText(1, 128)
  actor?: string;

  @ApiPropertyOptional({ example: 'disclosure', description: 'Only writes to this kind of record (`targetType` of the entries).' })
  @IsOptional()
  @BoundedText(1, 64)
  targetType?: string;

  @ApiPropertyOptional({
    example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21',
    description: "Only writes to this record (with `targetType`, one record's history).",
  })
  @IsOptional()
  @BoundedText(1, 128)
  targetId?: string;

  @ApiPropertyOptional({
    example: 'disclosure.',
    description: 'An action (`disclosure.edit`), or every action of a family when it ends in a dot (`disclosure.`).',
    maxLength: 100,
  })
  @IsOptional()
  @BoundedText(1, 100)
  @MatchesPattern(ACTION_PATTERN, { message: 'action must be an action such as disclosure.edit, or a prefix ending in a dot such as disclosure.' })
  action?: string;

  @ApiPropertyOptional({
    example: 'shengtang',
    description: 'Only writes by callers acting for this unit: the unit is among the units their token held (`actor.units`).',
  })
  @IsOptional()
  @BoundedText(1, 64)
  unit?: string;

  @ApiPropertyOptional({ example: '2026-04-01T00:00:00+08:00', description: 'Only writes at or after this instant (with offset).', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MatchesPattern(INSTANT_PATTERN, { message: 'from must be an instant with an offset, e.g. 2026-04-01T00:00:00+08:00' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-05-01T00:00:00+08:00', description: 'Only writes before this instant (exclusive).', format: 'date-time' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @MatchesPattern(INSTANT_PATTERN, { message: 'to must be an instant with an offset, e.g. 2026-05-01T00:00:00+08:00' })
  to?: string;

  @ApiPropertyOptional({ example: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c', description: 'Only writes made by this request (its `X-Request-Id`).' })
  @IsOptional()
  @MatchesPattern(REQUEST_ID_PATTERN, { message: 'requestId must be 8 to 128 letters, digits or . _ : -' })
  requestId?: string;

  @ApiPropertyOptional({
    example: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c',
    description: 'Only writes of the chain this request started: its own writes and those of the events it caused.',
  })
  @IsOptional()
  @MatchesPattern(REQUEST_ID_PATTERN, { message: 'correlationId must be 8 to 128 letters, digits or . _ : -' })
  correlationId?: string;
}

/** Who wrote: the verified token's subject, as it was at the time of the write. */
export class AuditActorDto {
  @ApiProperty({ example: 'clerk-shengtang-01', description: 'Token subject (`sub`); `system` for event handlers and scheduled work.' })
  id!: string;

  @ApiProperty({ type: String, nullable: true, example: '王文书', description: "Display name from the token; a resident's is masked (王**)." })
  name!: string | null;

  @ApiProperty({ enum: ['user', 'system'], enumName: 'AuditActorKind', example: 'user' })
  kind!: 'user' | 'system';

  @ApiProperty({ type: [String], example: ['village-clerk'] })
  roles!: string[];

  @ApiProperty({ type: [String], example: ['shengtang'], description: 'The units the token held (`zone`: the whole zone).' })
  units!: string[];
}

/** One field a write changed, as readable text. */
export class AuditChangeDto {
  @ApiProperty({ example: 'title' })
  field!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '盛塘社区2026年4月生活补贴发放公示',
    description: 'The value before (strings as they are, anything else as JSON, cut at 80 characters; personal data masked); null when there was none.',
  })
  from!: string | null;

  @ApiProperty({ type: String, nullable: true, example: '盛塘社区2026年4月生活补贴发放公示（更正）' })
  to!: string | null;
}

/** One attributable write: who, what, when, under which request. */
export class AuditEntryDto {
  @ApiProperty({ example: '1042', description: "Position in this service's trail (increasing)." })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-20T02:15:00.123456Z', description: "When the write's transaction recorded it, to the microsecond." })
  occurredAt!: string;

  @ApiProperty({ type: AuditActorDto })
  actor!: AuditActorDto;

  @ApiProperty({ example: 'disclosure.correct', description: '`<record kind>.<verb>`.' })
  action!: string;

  @ApiProperty({ example: 'disclosure' })
  targetType!: string;

  @ApiProperty({ example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  targetId!: string;

  @ApiProperty({
    example:
      'disclosure.correct disclosure 0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21: title: “…发放公示” → “…发放公示（更正）” (version: 2, reason: “金额录入错误”)',
    description: 'The write in one readable line: action, record, changed fields old → new, other details.',
  })
  summary!: string;

  @ApiProperty({ type: [AuditChangeDto], description: 'Fields the write changed, old → new, where the write knows them; empty otherwise.' })
  changes!: AuditChangeDto[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { version: 2, reason: '金额录入错误' },
    description: 'What the write recorded besides its changes; ID numbers and phones masked.',
  })
  details!: Record<string, unknown> | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c',
    description: 'The HTTP request (X-Request-Id) or handled event (its id) that wrote it; null for scheduled work.',
  })
  requestId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: '6f1c2d7e-0d43-4b8a-9c55-1d2e3f4a5b6c',
    description: 'The request that started the chain: the request id itself, or the `correlationid` of the event that caused the write.',
  })
  correlationId!: string | null;

  @ApiProperty({
    example: 'eyJrIjpbIjIwMjYtMDQtMjBUMDI6MTU6MDAuMTIzNDU2WiIsIjEwNDIiXX0.1oC2p6hXQm0Zb9c4u8yXkA',
    description: 'Cursor continuing the list just after this entry (the zone-wide view merges with it).',
  })
  cursor!: string;
}

export class AuditEntryPageDto extends PageDtoOf(AuditEntryDto) {}
