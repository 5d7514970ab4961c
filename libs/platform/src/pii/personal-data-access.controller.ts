import { Controller, Get, Module, Query, type DynamicModule, type Type } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import type { ServiceName } from '#contracts';
import { ApiAuth } from '../auth/api-auth.decorator.js';
import type { AuthUser } from '../auth/auth-user.js';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { PageQueryDto } from '../pagination/page-query.dto.js';
import { PageDtoOf } from '../pagination/page.dto.js';
import { BoundedText, DocumentedString, UuidString } from '../validation/bounds.js';
import { PersonalDataAccessLog, PersonalDataAccessModule } from './personal-data-access.js';

export class PersonalDataAccessQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'resident', description: 'Kind of record, e.g. `resident`, `disclosure`, `complaint`, `subsidy-payout`, `party-member`.' })
  @IsOptional()
  @BoundedText(1, 64)
  recordType?: string;

  @ApiPropertyOptional({ example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', description: 'Entries that showed this record (alone or in a list).' })
  @IsOptional()
  @BoundedText(1, 128)
  recordId?: string;

  @ApiPropertyOptional({
    example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    description: "Entries that showed this credit resident's data (alone or in a list).",
  })
  @IsOptional()
  @UuidString()
  residentId?: string;

  @ApiPropertyOptional({ example: 'staff-shengtang', description: 'Token subject of the viewer.' })
  @IsOptional()
  @BoundedText(1, 128)
  actorId?: string;

  @ApiPropertyOptional({ example: 'creditListResidents', description: 'The operation that showed the data.' })
  @IsOptional()
  @BoundedText(1, 128)
  operationId?: string;

  @ApiPropertyOptional({ example: '2026-11-01T00:00:00+08:00', description: 'From this instant (inclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @DocumentedString({ format: 'date-time', maxLength: 40 })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'Until this instant (exclusive).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @DocumentedString({ format: 'date-time', maxLength: 40 })
  to?: string;
}

export class PersonalDataViewerDto {
  @ApiProperty({ example: '王工作人员', nullable: true, type: String, description: "Display name from the viewer's token." })
  name!: string | null;

  @ApiProperty({ example: ['credit-staff'], type: [String] })
  roles!: string[];

  @ApiProperty({ example: ['shengtang'], type: [String], description: 'Units the viewer acted for.' })
  units!: string[];
}

export class PersonalDataAccessActorDto extends PersonalDataViewerDto {
  @ApiProperty({ example: 'staff-shengtang', description: 'Token subject.' })
  id!: string;

  @ApiProperty({ enum: ['user', 'system'], example: 'user' })
  kind!: 'user' | 'system';
}

export class PersonalDataAccessDto {
  @ApiProperty({ example: '1024' })
  id!: string;

  @ApiProperty({ format: 'date-time', example: '2026-11-30T02:15:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ type: PersonalDataAccessActorDto })
  actor!: PersonalDataAccessActorDto;

  @ApiProperty({ example: '7f0c1d2e-3a4b-4c5d-8e6f-708192a3b4c5', description: "The request's `x-request-id`, as in the logs and the audit trail." })
  requestId!: string;

  @ApiProperty({ example: 'GET /api/v1/credit/residents', description: 'Method and route template that answered.' })
  route!: string;

  @ApiProperty({ example: 'creditListResidents', nullable: true, type: String })
  operationId!: string | null;

  @ApiProperty({ example: 'resident' })
  recordType!: string;

  @ApiProperty({ example: ['5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'], type: [String], description: 'The records shown (a list answer names all of them).' })
  recordIds!: string[];

  @ApiProperty({ example: ['shengtang', 'lingbei'], type: [String], description: 'Units owning the record.' })
  recordUnits!: string[];

  @ApiProperty({
    example: ['5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6'],
    type: [String],
    description: 'Credit residents whose data it is (empty for other records).',
  })
  subjectResidentIds!: string[];

  @ApiProperty({ example: ['name', 'idNumber', 'phone'], type: [String], description: 'Personal fields shown unmasked.' })
  fields!: string[];
}

export class PersonalDataAccessPageDto extends PageDtoOf(PersonalDataAccessDto) {}

/** What a resident learns about a look at their own record: who (name, role, unit), what, when, why. */
export class OwnRecordAccessDto {
  @ApiProperty({ format: 'date-time', example: '2026-11-30T02:15:00.000Z' })
  occurredAt!: string;

  @ApiProperty({ type: PersonalDataViewerDto })
  viewer!: PersonalDataViewerDto;

  @ApiProperty({ example: ['name', 'idNumber', 'phone'], type: [String] })
  fields!: string[];

  @ApiProperty({ example: 'creditListResidents', nullable: true, type: String, description: 'The operation that showed the data.' })
  operationId!: string | null;
}

export class OwnRecordAccessPageDto extends PageDtoOf(OwnRecordAccessDto) {}

const QUERY_UNIT_RULE = "entries on records owned by one of the caller's units; `zone`: all entries";

/**
 * The access-log query of a service that reveals personal data: one controller shape for every such
 * service, named after it so the merged document keeps operationIds unique.
 */
export function personalDataAccessController(service: ServiceName): Type<unknown> {
  @ApiTags(service)
  @Controller('personal-data-access')
  class PersonalDataAccessController {
    constructor(private readonly log: PersonalDataAccessLog) {}

    @Get()
    @ApiAuth({ units: QUERY_UNIT_RULE }, 'discipline-supervisor', 'zone-admin')
    @ApiOperation({
      operationId: `${service}ListPersonalDataAccess`,
      summary: 'Who saw unmasked personal data (ID numbers, phones, full names) of which record, when and through which operation; newest first',
    })
    @ApiOkResponse({ type: PersonalDataAccessPageDto })
    @ApiBadRequestResponse({ description: 'Invalid filter or cursor.' })
    list(@CurrentUser() user: AuthUser, @Query() query: PersonalDataAccessQueryDto) {
      return this.log.list(query, user);
    }
  }
  return PersonalDataAccessController;
}

@Module({})
class PersonalDataAccessQueryModule {}

/** The feature a service that reveals personal data lists in its definition: `GET /api/v1/<service>/personal-data-access`. */
export function personalDataAccessQueries(service: ServiceName): DynamicModule {
  return { module: PersonalDataAccessQueryModule, imports: [PersonalDataAccessModule], controllers: [personalDataAccessController(service)] };
}
