import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ENTITY_KINDS, MANAGEMENT_STATUSES, SECTORS } from '../../surveyed-entities/entity-kinds.js';
import { ReportingPeriodDto } from '#platform';

export class EntityCountsDto {
  @ApiProperty({ type: 'integer', example: 68, description: 'Entities with a five-clears survey (摸排) dated in the period.' })
  surveyed!: number;

  @ApiProperty({ type: 'integer', example: 33, description: 'Entities taken under management (纳入管理) on a day in the period.' })
  underManagement!: number;

  @ApiProperty({ type: 'integer', example: 35, description: 'Entities surveyed in the period and not under management at its end.' })
  notUnderManagement!: number;
}

export class KindCountsDto extends EntityCountsDto {
  @ApiProperty({ enum: ENTITY_KINDS, enumName: 'EntityKind', example: 'enterprise' })
  kind!: string;
}

export class SectorCountsDto extends EntityCountsDto {
  @ApiProperty({ enum: SECTORS, enumName: 'Sector', example: 'express-logistics' })
  sector!: string;
}

export class ParkCountsDto extends EntityCountsDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '示例产业园一', description: 'Park or building; null for entities recorded without one.' })
  park!: string | null;
}

export class StatusCountsDto {
  @ApiProperty({
    enum: MANAGEMENT_STATUSES,
    enumName: 'ManagementStatus',
    example: 'under-management',
    description: 'Management status at the end of the period.',
  })
  managementStatus!: string;

  @ApiProperty({ type: 'integer', example: 33, description: 'Entities surveyed in the period with this status at its end.' })
  surveyed!: number;
}

export class CampaignParkCountDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '示例产业园一' })
  park!: string | null;

  @ApiProperty({ type: 'integer', example: 34, description: 'Entities of this park surveyed within the campaign and the period.' })
  surveyed!: number;
}

export class CampaignCountsDto {
  @ApiProperty({ format: 'uuid', example: '5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c' })
  campaignId!: string;

  @ApiProperty({ example: '快递物流和建筑安装企业地毯式摸排' })
  name!: string;

  @ApiProperty({ type: [String], example: ['示例产业园一', '示例产业园二'], description: 'Parks the campaign sweeps; empty for all.' })
  parks!: string[];

  @ApiProperty({ type: 'integer', example: 68, description: "Entities in the campaign's scope surveyed within its dates and the period." })
  surveyed!: number;

  @ApiProperty({ type: [CampaignParkCountDto], description: 'The same count per park of the surveyed entities.' })
  byPark!: CampaignParkCountDto[];
}

export class ManagedOnCountDto {
  @ApiProperty({ format: 'date', example: '2026-03-26', description: 'Day taken under management (纳入管理).' })
  managedOn!: string;

  @ApiProperty({ type: 'integer', example: 2 })
  enterprises!: number;

  @ApiProperty({ type: 'integer', example: 1 })
  socialOrganisations!: number;
}

export class EntityStatisticsDto extends EntityCountsDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period!: ReportingPeriodDto;

  @ApiProperty({ type: [KindCountsDto] })
  byKind!: KindCountsDto[];

  @ApiProperty({ type: [StatusCountsDto] })
  byStatus!: StatusCountsDto[];

  @ApiProperty({ type: [SectorCountsDto] })
  bySector!: SectorCountsDto[];

  @ApiProperty({ type: [ParkCountsDto] })
  byPark!: ParkCountsDto[];

  @ApiProperty({ type: [CampaignCountsDto], description: 'Every campaign that overlaps the period, oldest first.' })
  byCampaign!: CampaignCountsDto[];

  @ApiProperty({ type: [ManagedOnCountDto], description: 'Entities taken under management in the period, by the day it happened.' })
  underManagementByDay!: ManagedOnCountDto[];
}

export class CoverageDto {
  @ApiProperty({ type: 'integer', example: 34, description: 'Entities surveyed in the period (for `asOf`: up to that day).' })
  entities!: number;

  @ApiProperty({ type: 'integer', example: 5, description: 'Of those, entities belonging to a Party organisation at the end of the period (组织覆盖).' })
  organisationCovered!: number;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    example: '14.7',
    description: 'organisationCovered / entities in percent, one decimal; null without entities.',
  })
  organisationCoveragePercent!: string | null;

  @ApiProperty({
    type: 'integer',
    example: 9,
    description:
      'Of those, entities reached by Party work at the end of the period (工作覆盖): organisation-covered, visited by an instructor, or with a mass organisation.',
  })
  workCovered!: number;

  @ApiPropertyOptional({ nullable: true, type: String, example: '26.5', description: 'workCovered / entities in percent, one decimal; null without entities.' })
  workCoveragePercent!: string | null;
}

export class ParkCoverageDto extends CoverageDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '示例产业园一', description: 'Park or building; null for entities recorded without one.' })
  park!: string | null;
}

export class CoverageStatisticsDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period!: ReportingPeriodDto;

  @ApiProperty({ type: CoverageDto, description: 'The whole zone.' })
  total!: CoverageDto;

  @ApiProperty({ type: [ParkCoverageDto], description: 'Per park, by name; entities without a park last.' })
  byPark!: ParkCoverageDto[];
}
