import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, BoundedText, MatchesPattern } from '#platform';
import type { SupervisionUnit } from '../supervision-unit.entity.js';
import { UNIT_KINDS, type UnitKind } from '../unit-kind.js';
import { unitOverviewPath } from '../unit-entry-url.js';

export const UNIT_CODE_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class CreateUnitDto {
  @ApiProperty({
    example: 'shengtang',
    description: "Stable public code: what the unit's QR code carries and what the `units` claim of its clerks names. Never changes.",
    pattern: UNIT_CODE_PATTERN.source,
    maxLength: 64,
  })
  @BoundedText(2, 64)
  @MatchesPattern(UNIT_CODE_PATTERN, { message: 'code must be lower-case letters and digits in dash-separated groups, e.g. "shengtang"' })
  code!: string;

  @ApiProperty({ example: '盛塘社区' })
  @BoundedText(1, 100)
  name!: string;

  @ApiProperty({
    enum: UNIT_KINDS,
    enumName: 'UnitKind',
    example: 'community',
    description: '村 (village), 社区 (community), or `zone` for zone-level disclosures.',
  })
  @IsIn(UNIT_KINDS)
  kind!: UnitKind;

  @ApiPropertyOptional({ example: '菱北办事处', description: 'Town or sub-district (镇 / 办事处).' })
  @IsOptional()
  @BoundedText(1, 100)
  township?: string;

  @ApiPropertyOptional({ example: false, default: false, description: 'Marks demonstration records that are not real units.' })
  @IsOptional()
  @IsBoolean()
  demo?: boolean;
}

export class UnitDto {
  @ApiProperty({ example: 'shengtang' })
  code!: string;

  @ApiProperty({ example: '盛塘社区' })
  name!: string;

  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind', example: 'community' })
  kind!: string;

  @ApiProperty({ example: '菱北办事处', nullable: true, type: String })
  township!: string | null;

  @ApiProperty({ example: false })
  demo!: boolean;

  @ApiProperty({ example: '/api/v1/supervision/units/shengtang/overview', description: 'Where a scanned QR code leads: what is disclosed here.' })
  overviewPath!: string;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(unit: SupervisionUnit): UnitDto {
    return {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      township: unit.township,
      demo: unit.demo,
      overviewPath: unitOverviewPath(unit.code),
      createdAt: unit.createdAt.toISOString(),
    };
  }
}

export class UnitPageDto extends PageDtoOf(UnitDto) {}

export class UnitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: UNIT_KINDS, enumName: 'UnitKind', example: 'community' })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional({ example: '菱北办事处' })
  @IsOptional()
  @BoundedText(1, 100)
  township?: string;
}

export class OverviewItemDto {
  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  itemName!: string;

  @ApiProperty({ example: 'monthly' })
  disclosureFrequency!: string;

  @ApiProperty({ example: 3, description: 'Published disclosures of this item at this unit.' })
  publishedCount!: number;

  @ApiProperty({ example: '2026-04', nullable: true, type: String, description: 'Latest published period.' })
  latestPeriod!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-08T01:00:00.000Z', nullable: true, type: String })
  latestPublishedAt!: string | null;
}

export class UnitOverviewPageDto extends PageDtoOf(OverviewItemDto) {
  @ApiProperty({ type: UnitDto })
  unit!: UnitDto;
}

export class OverviewQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: true, default: false, description: 'Only items with at least one published disclosure here.' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  disclosedOnly?: boolean;
}
