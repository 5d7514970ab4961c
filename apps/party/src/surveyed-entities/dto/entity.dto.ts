import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { ENTITY_KINDS, MANAGEMENT_STATUSES, SECTORS } from '../entity-kinds.js';
import type { SurveyedEntity } from '../surveyed-entity.entity.js';

export class EntityDto {
  @ApiProperty({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098' })
  id!: string;

  @ApiProperty({ example: '91340800MA0000001P', description: 'Unified social credit code (统一社会信用代码).' })
  creditCode!: string;

  @ApiProperty({ example: '示例快递企业01' })
  name!: string;

  @ApiProperty({ enum: ENTITY_KINDS, enumName: 'EntityKind', example: 'enterprise' })
  kind!: string;

  @ApiProperty({ enum: SECTORS, enumName: 'Sector', example: 'express-logistics' })
  sector!: string;

  @ApiPropertyOptional({ example: '示例产业园一', nullable: true, type: String })
  park!: string | null;

  @ApiProperty({ enum: MANAGEMENT_STATUSES, enumName: 'ManagementStatus', example: 'under-management' })
  managementStatus!: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-03-26',
    nullable: true,
    type: String,
    description: 'Business day it was taken under management (纳入管理); null while it is not.',
  })
  managedOn!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T01:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T01:00:00.000Z' })
  updatedAt!: string;

  static of(entity: SurveyedEntity): EntityDto {
    return {
      id: entity.id,
      creditCode: entity.creditCode,
      name: entity.name,
      kind: entity.kind,
      sector: entity.sector,
      park: entity.park,
      managementStatus: entity.managementStatus,
      managedOn: entity.managedOn,
      createdAt: entity.createdAt.toISOString(),
      updatedAt: entity.updatedAt.toISOString(),
    };
  }
}

export class EntityPageDto extends PageDtoOf(EntityDto) {}
