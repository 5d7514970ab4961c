import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { BoundedInt, BoundedText, IsBusinessDate, PageDtoOf } from '#platform';
import { MAX_INDICATOR_POINTS } from '../indicator-points.js';
import type { IndicatorVersion } from '../indicator-version.entity.js';

export class CreateIndicatorVersionDto {
  @ApiProperty({
    type: 'integer',
    example: 6,
    minimum: -MAX_INDICATOR_POINTS,
    maximum: MAX_INDICATOR_POINTS,
    description:
      'Points per award from `effectiveFrom` on: positive, or negative for `misconduct` deductions; never zero, and not what the latest version carries.',
  })
  @BoundedInt(-MAX_INDICATOR_POINTS, MAX_INDICATOR_POINTS)
  points!: number;

  @ApiProperty({
    format: 'date',
    example: '2026-07-01',
    description:
      "Business date (Asia/Shanghai) from which entries earn the new points; after the latest version's, and today or later unless `backdatingReason` is given.",
  })
  @IsBusinessDate()
  effectiveFrom!: string;

  @ApiPropertyOptional({
    example: '菱北办事处2026年第3号文件自6月1日起执行',
    description: 'Why the version applies from a day already past. Entries recorded before keep the version they were earned under.',
  })
  @IsOptional()
  @BoundedText(1, 500)
  backdatingReason?: string;
}

export class IndicatorVersionDto {
  @ApiProperty({ format: 'uuid', example: '3c9a7d52-1e4b-4f0a-9b6e-2d8c5f7a1b34' })
  indicatorId!: string;

  @ApiProperty({ type: 'integer', example: 2, description: '1 for the terms the indicator was created with, then 2, 3, …' })
  version!: number;

  @ApiProperty({ type: 'integer', example: 6, description: 'Points per award; negative for deductions.' })
  points!: number;

  @ApiProperty({
    format: 'date',
    example: '2026-07-01',
    description: 'Business date from which the version applies; entries dated before the first version take version 1.',
  })
  effectiveFrom!: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: null, description: 'Why the version applies from a day that had passed when it was recorded.' })
  backdatingReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-20T02:00:00.000Z' })
  createdAt!: string;

  static of(version: IndicatorVersion): IndicatorVersionDto {
    return {
      indicatorId: version.indicatorId,
      version: version.version,
      points: version.points,
      effectiveFrom: version.effectiveFrom,
      backdatingReason: version.backdatingReason,
      createdAt: version.createdAt.toISOString(),
    };
  }
}

export class IndicatorVersionPageDto extends PageDtoOf(IndicatorVersionDto) {}
