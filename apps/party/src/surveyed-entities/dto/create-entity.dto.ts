import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { BoundedText, IsBusinessDate } from '#platform';
import { IsCreditCode } from '../../shared/validators.js';
import { normaliseCreditCode } from '../credit-code.js';
import { ENTITY_KINDS, MANAGEMENT_STATUSES, SECTORS, type EntityKind, type ManagementStatus, type Sector } from '../entity-kinds.js';

export class CreateEntityDto {
  @ApiProperty({
    example: '91340800MA0000001P',
    description: 'Unified social credit code (统一社会信用代码); the GB 32100 check character is verified. Case and spaces are ignored.',
  })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({ example: '示例快递企业01' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({
    enum: ENTITY_KINDS,
    enumName: 'EntityKind',
    example: 'enterprise',
    description: 'Non-public enterprise (非公企业) or social organisation (社会组织).',
  })
  @IsIn(ENTITY_KINDS)
  kind!: EntityKind;

  @ApiProperty({ enum: SECTORS, enumName: 'Sector', example: 'express-logistics' })
  @IsIn(SECTORS)
  sector!: Sector;

  @ApiPropertyOptional({ example: '示例产业园一', description: 'Industrial park, building or other location.' })
  @IsOptional()
  @BoundedText(1, 120)
  park?: string;

  @ApiPropertyOptional({
    enum: MANAGEMENT_STATUSES,
    enumName: 'ManagementStatus',
    default: 'not-under-management',
    example: 'under-management',
    description: 'Taken under management (纳入管理) or not.',
  })
  @IsOptional()
  @IsIn(MANAGEMENT_STATUSES)
  managementStatus?: ManagementStatus;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-03-26',
    description:
      'Day it was taken under management, when recorded after the fact; default the day it is recorded. Only with `under-management`; not in the future (422 `management-date-invalid`).',
  })
  @IsOptional()
  @IsBusinessDate()
  managedOn?: string;
}

export class UpdateEntityDto extends PartialType(PickType(CreateEntityDto, ['name', 'sector', 'park', 'managementStatus', 'managedOn'] as const)) {}

export class ImportEntitiesDto {
  @ApiProperty({
    description:
      'CSV text (UTF-8, RFC 4180). The first row names the columns: creditCode, name, kind, sector, and optionally park, managementStatus and managedOn (YYYY-MM-DD, the day taken under management; default the import day). At most 1000 data rows.',
    example: 'creditCode,name,kind,sector,park,managementStatus\n91340800MA0000009G,示例快递企业01,enterprise,express-logistics,示例产业园一,under-management',
    maxLength: 400_000,
  })
  @BoundedText(0, 400_000)
  csv!: string;

  @ApiPropertyOptional({ default: false, example: false, description: 'Validate and report without creating anything.' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
