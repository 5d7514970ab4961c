import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, BoundedText } from '#platform';
import { IsCreditCode } from '../../shared/validators.js';
import { normaliseCreditCode } from '../credit-code.js';
import { ENTITY_KINDS, MANAGEMENT_STATUSES, SECTORS } from '../entity-kinds.js';

export class EntityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SECTORS, enumName: 'Sector', example: 'express-logistics' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ example: '示例产业园一' })
  @IsOptional()
  @BoundedText(1, 120)
  park?: string;

  @ApiPropertyOptional({ enum: ENTITY_KINDS, enumName: 'EntityKind', example: 'enterprise' })
  @IsOptional()
  @IsIn(ENTITY_KINDS)
  kind?: string;

  @ApiPropertyOptional({ enum: MANAGEMENT_STATUSES, enumName: 'ManagementStatus', example: 'under-management' })
  @IsOptional()
  @IsIn(MANAGEMENT_STATUSES)
  managementStatus?: string;

  @ApiPropertyOptional({ example: '91340800MA0000001X', description: 'Find one entity by its unified social credit code.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode?: string;
}
