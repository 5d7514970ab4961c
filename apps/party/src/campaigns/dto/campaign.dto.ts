import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, IsBusinessDate, BoundedText, BoundedInt, BoundedArray } from '#platform';
import { SECTORS } from '../../surveyed-entities/entity-kinds.js';

export class CreateCampaignDto {
  @ApiProperty({ example: '快递物流企业地毯式摸排' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ enum: SECTORS, enumName: 'Sector', isArray: true, example: ['express-logistics'], description: 'Sectors swept; empty for all.' })
  @BoundedArray(0, SECTORS.length)
  @ArrayUnique()
  @IsIn(SECTORS, { each: true })
  sectors!: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['示例产业园一', '示例产业园二'],
    description: 'Parks or buildings swept (a sweep may cover several); only entities in one of them count. Absent or empty for all.',
  })
  @IsOptional()
  @BoundedArray(0, 50)
  @ArrayUnique()
  @BoundedText(1, 120, { each: true })
  parks?: string[];

  @ApiProperty({ example: 51, minimum: 1, description: 'Entities the sweep sets out to visit.' })
  @BoundedInt(1, 100_000)
  targetCount!: number;

  @ApiProperty({ type: [String], example: ['摸排组一', '摸排组二'], description: 'Assigned survey teams or surveyors.' })
  @BoundedArray(1, 50)
  @BoundedText(1, 100, { each: true })
  surveyors!: string[];

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  @IsBusinessDate()
  startsOn!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-31' })
  @IsOptional()
  @IsBusinessDate()
  endsOn?: string;
}

export class CampaignDto {
  @ApiProperty({ format: 'uuid', example: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c' })
  id!: string;

  @ApiProperty({ example: '快递物流企业地毯式摸排' })
  name!: string;

  @ApiProperty({ type: [String], example: ['express-logistics'] })
  sectors!: string[];

  @ApiProperty({ type: [String], example: ['示例产业园一', '示例产业园二'], description: 'Parks or buildings swept; empty for all.' })
  parks!: string[];

  @ApiProperty({ example: 51 })
  targetCount!: number;

  @ApiProperty({ type: [String], example: ['摸排组一', '摸排组二'] })
  surveyors!: string[];

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  startsOn!: string;

  @ApiPropertyOptional({ format: 'date', nullable: true, type: String, example: '2026-03-31' })
  endsOn!: string | null;

  @ApiProperty({ example: 51, description: 'Entities in scope surveyed within the campaign dates so far.' })
  surveyedCount!: number;

  @ApiProperty({ example: '100.0', description: 'surveyedCount / targetCount as a percentage with one decimal (a string, never a float).' })
  coveragePercent!: string;
}

export class CampaignPageDto extends PageDtoOf(CampaignDto) {}
