import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { BoundedInt, ReportingPeriodDto, ReportingPeriodQueryDto } from '#platform';
import { MEETING_ISSUE_CATEGORIES } from '../../meetings/dispatch-meeting.entity.js';

export class ApprovalStatisticsQueryDto extends ReportingPeriodQueryDto {
  @ApiPropertyOptional({ example: 2022, description: 'First year counted (by approval date, Asia/Shanghai); all years when absent.' })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(2000, 2100)
  sinceYear?: number;
}

export class YearStatisticsDto {
  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ example: 2 })
  batches!: number;

  @ApiProperty({ example: '442.5400', description: 'Exact sum in mu (亩), SQL numeric.' })
  areaMu!: string;
}

export class ProjectStatisticsDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  projectId!: string;

  @ApiProperty({ example: '安庆长风港二期' })
  projectName!: string;

  @ApiProperty({ example: 1 })
  batches!: number;

  @ApiProperty({ example: '382.5400' })
  areaMu!: string;
}

export class ApprovalStatisticsDto {
  @ApiPropertyOptional({ example: 2022, nullable: true, type: Number })
  sinceYear!: number | null;

  @ApiProperty({ type: ReportingPeriodDto, description: 'Approval dates counted (with sinceYear, from its first day at the latest).' })
  period!: ReportingPeriodDto;

  @ApiProperty({ example: 11, description: 'Approved batches (土地征收报批批次).' })
  batches!: number;

  @ApiProperty({ example: '1277.2035', description: 'Exact total approved area in mu.' })
  totalAreaMu!: string;

  @ApiProperty({ type: [YearStatisticsDto], description: 'Per year of approval, ascending.' })
  byYear!: YearStatisticsDto[];

  @ApiProperty({ example: 5, description: 'Projects served.' })
  projectCount!: number;

  @ApiProperty({ type: [ProjectStatisticsDto], description: 'Per project, largest area first; at most 100.' })
  byProject!: ProjectStatisticsDto[];
}

export class IssueCategoryStatisticsDto {
  @ApiProperty({ enum: MEETING_ISSUE_CATEGORIES, enumName: 'MeetingIssueCategory', example: 'farmland-balance' })
  category!: string;

  @ApiProperty({ type: 'integer', example: 4, description: 'Meetings in the period that took up an issue of this type.' })
  meetings!: number;

  @ApiProperty({ type: 'integer', example: 5, description: 'Issues of this type raised at them.' })
  issues!: number;
}

export class MonthMeetingsDto {
  @ApiProperty({ example: '2026-02', description: 'Calendar month (Asia/Shanghai), YYYY-MM.' })
  month!: string;

  @ApiProperty({ type: 'integer', example: 3 })
  meetings!: number;
}

export class MeetingStatisticsDto {
  @ApiProperty({ type: ReportingPeriodDto })
  period!: ReportingPeriodDto;

  @ApiProperty({ type: 'integer', example: 21, description: 'Dispatch meetings (专题调度会) held in the period.' })
  meetings!: number;

  @ApiProperty({ type: [IssueCategoryStatisticsDto], description: 'Per issue type, every type listed (zeros included).' })
  byIssueCategory!: IssueCategoryStatisticsDto[];

  @ApiProperty({ type: [MonthMeetingsDto], description: 'Per month held, ascending; months without meetings left out.' })
  byMonth!: MonthMeetingsDto[];
}
