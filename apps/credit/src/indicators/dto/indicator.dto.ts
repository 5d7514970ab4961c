import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { INDICATOR_CATEGORIES } from '../indicator-category.js';
import type { IndicatorVersion } from '../indicator-version.entity.js';
import type { Indicator } from '../indicator.entity.js';

export class IndicatorDto {
  @ApiProperty({ format: 'uuid', example: '3c9a7d52-1e4b-4f0a-9b6e-2d8c5f7a1b34' })
  id!: string;

  @ApiProperty({ example: 'VOL-01' })
  code!: string;

  @ApiProperty({ enum: INDICATOR_CATEGORIES, enumName: 'IndicatorCategory', example: 'volunteer-activities' })
  category!: string;

  @ApiProperty({ example: '参加核酸检测志愿服务' })
  name!: string;

  @ApiProperty({ type: 'integer', example: 5, description: 'Points per award today (the version in effect); negative for deductions.' })
  points!: number;

  @ApiProperty({ type: 'integer', example: 1, description: 'The version in effect today; every version is listed by `creditListIndicatorVersions`.' })
  version!: number;

  @ApiPropertyOptional({ type: 'integer', example: 4, nullable: true, description: 'Per resident and scoring period; null when unlimited.' })
  limitPerPeriod!: number | null;

  @ApiProperty({ example: true })
  active!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, example: null, description: 'When the indicator was retired; null while it can be awarded.' })
  retiredAt!: string | null;

  /** `current`: the version in effect today. */
  static of(indicator: Indicator, current: IndicatorVersion): IndicatorDto {
    return {
      id: indicator.id,
      code: indicator.code,
      category: indicator.category,
      name: indicator.name,
      points: current.points,
      version: current.version,
      limitPerPeriod: indicator.limitPerPeriod,
      active: indicator.active,
      createdAt: indicator.createdAt.toISOString(),
      retiredAt: indicator.retiredAt?.toISOString() ?? null,
    };
  }
}

export class IndicatorPageDto extends PageDtoOf(IndicatorDto) {}
