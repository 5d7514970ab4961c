import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { BoundedInt, BoundedText, MatchesPattern, PageDtoOf, PageQueryDto } from '#platform';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';
import { UNIT_KINDS, type UnitKind } from '../../units/unit-kind.js';
import { LATENESS_FILTERS, type LatenessFilter } from '../oversight-rules.js';

export const OVERDUE_WORK_TYPES = ['complaint', 'finding', 'rectification'] as const;
export type OverdueWorkType = (typeof OVERDUE_WORK_TYPES)[number];
export const OVERDUE_ORDERS = ['most-overdue', 'newest-due'] as const;
export type OverdueOrder = (typeof OVERDUE_ORDERS)[number];

export class ZoneCompletenessQueryDto {
  @ApiPropertyOptional({
    example: '2026-Q2',
    description:
      'Reporting period: a month (2026-04), quarter (2026-Q2), half-year (2026-H1) or year (2026). Each item owes its own periods that end within it. Defaults to the current quarter.',
  })
  @IsOptional()
  @MatchesPattern(/^20\d{2}(-(0[1-9]|1[0-2]|Q[1-4]|H[12]))?$/, { message: 'period must look like 2026, 2026-H1, 2026-Q2 or 2026-04' })
  period?: string;

  @ApiPropertyOptional({ example: 'L-02', description: 'Only this periodic supervision item.' })
  @IsOptional()
  @BoundedText(1, 32)
  itemCode?: string;

  @ApiPropertyOptional({
    enum: UNIT_KINDS,
    enumName: 'UnitKind',
    example: 'community',
    description: 'Only units of this kind; absent: villages and communities (the zone-level unit only when asked for).',
  })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind;

  @ApiPropertyOptional({
    enum: LATENESS_FILTERS,
    enumName: 'LatenessFilter',
    example: 'missing',
    description: 'Only units with at least one disclosure published late, or missing.',
  })
  @IsOptional()
  @IsIn(LATENESS_FILTERS)
  status?: LatenessFilter;
}

export class CompletenessTallyDto {
  @ApiProperty({ example: 5, description: 'Disclosures owed for the period: onTime + late + missing + pending + calendarMissing.' })
  owed!: number;

  @ApiProperty({ example: 2, description: 'Published by the due date.' })
  onTime!: number;

  @ApiProperty({ example: 1, description: 'Published after the due date.' })
  late!: number;

  @ApiProperty({ example: 1, description: 'Due date passed, nothing published.' })
  missing!: number;

  @ApiProperty({ example: 1, description: 'Not published, not yet due.' })
  pending!: number;

  @ApiProperty({ example: 0, description: 'Due date unknown: the working calendar lacks a year the count reaches.' })
  calendarMissing!: number;
}

export class OwedPeriodDto {
  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  itemName!: string;

  @ApiProperty({ example: '2026-04', description: "The item's own period." })
  period!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-05-15',
    nullable: true,
    type: String,
    description: "Due date without extensions: the item's working days after the period end. Null while the calendar lacks the year.",
  })
  dueOn!: string | null;

  @ApiProperty({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    example: 'official',
    nullable: true,
    description: 'Calendar the due date was counted on; null with dueOn.',
  })
  dueBasis!: CalendarBasis | null;
}

export class LateDisclosureDto {
  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '2026-04' })
  period!: string;

  @ApiProperty({ enum: LATENESS_FILTERS, enumName: 'LatenessFilter', example: 'missing' })
  state!: string;

  @ApiProperty({ format: 'date', example: '2026-05-22', description: "This unit's due date, extensions included." })
  dueOn!: string;

  @ApiProperty({ enum: CALENDAR_BASES, enumName: 'CalendarBasis', example: 'official' })
  dueBasis!: CalendarBasis;

  @ApiProperty({ example: 5, description: 'Working days added by extensions.' })
  extendedByWorkingDays!: number;

  @ApiProperty({ format: 'date', example: null, nullable: true, type: String, description: 'Day first published (Asia/Shanghai); null when missing.' })
  publishedOn!: string | null;

  @ApiProperty({ format: 'uuid', example: null, nullable: true, type: String, description: 'The disclosure, when one exists (a missing one may be a draft).' })
  disclosureId!: string | null;
}

export class UnitLatenessDto {
  @ApiProperty({ example: 'shengtang' })
  unitCode!: string;

  @ApiProperty({ example: '盛塘社区' })
  unitName!: string;

  @ApiProperty({ enum: UNIT_KINDS, enumName: 'UnitKind', example: 'community' })
  unitKind!: string;

  @ApiProperty({ type: CompletenessTallyDto })
  counts!: CompletenessTallyDto;

  @ApiProperty({ type: [LateDisclosureDto], description: 'The late and missing disclosures, by item and period.' })
  lateOrMissing!: LateDisclosureDto[];
}

export class ZoneCompletenessDto {
  @ApiProperty({ example: '2026-Q2' })
  period!: string;

  @ApiProperty({ format: 'date', example: '2026-04-01' })
  periodStart!: string;

  @ApiProperty({ format: 'date', example: '2026-06-30' })
  periodEnd!: string;

  @ApiProperty({ format: 'date', example: '2026-07-20', description: 'Today (Asia/Shanghai): what is due is judged on this day.' })
  asOf!: string;

  @ApiProperty({ type: [OwedPeriodDto], description: 'What every unit owes for the period, with the due dates before any extension.' })
  owed!: OwedPeriodDto[];

  @ApiProperty({ type: CompletenessTallyDto, description: 'Sums over the units listed.' })
  totals!: CompletenessTallyDto;

  @ApiProperty({
    type: [UnitLatenessDto],
    description: 'Every unit matching the filters, worst first (most missing, then most late). Not paged: the zone has a few hundred units at most.',
  })
  units!: UnitLatenessDto[];
}

export class OverdueWorkQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: OVERDUE_WORK_TYPES, enumName: 'OverdueWorkType', example: 'rectification' })
  @IsOptional()
  @IsIn(OVERDUE_WORK_TYPES)
  type?: OverdueWorkType;

  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiPropertyOptional({ example: 3, minimum: 0, maximum: 250, default: 0, description: 'Only work overdue by at least this many working days.' })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(0, 250)
  minDaysOverdue?: number;

  @ApiPropertyOptional({
    enum: OVERDUE_ORDERS,
    enumName: 'OverdueOrder',
    default: 'most-overdue',
    example: 'most-overdue',
    description: '`most-overdue`: earliest due date first; `newest-due`: latest due date first.',
  })
  @IsOptional()
  @IsIn(OVERDUE_ORDERS)
  order?: OverdueOrder;
}

export class OverdueWorkDto {
  @ApiProperty({
    enum: OVERDUE_WORK_TYPES,
    enumName: 'OverdueWorkType',
    example: 'complaint',
    description:
      '`complaint`: its open step (受理, 办理, 答复, 办结) is past due; `finding`: ordered rectification not reported in time; `rectification`: a returned rectification not redone in time.',
  })
  type!: string;

  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7', description: 'Complaint or finding id.' })
  id!: string;

  @ApiProperty({ example: 'shengtang', nullable: true, type: String, description: 'Unit concerned; null for a complaint not about a unit.' })
  unitCode!: string | null;

  @ApiProperty({ example: 'received', description: 'Status whose deadline passed (complaint or rectification status).' })
  status!: string;

  @ApiProperty({ example: '补贴发放名单未公示', description: "The complaint's content or the finding's description, cut at 200 characters." })
  summary!: string;

  @ApiProperty({ format: 'date', example: '2026-06-10' })
  dueOn!: string;

  @ApiProperty({ enum: CALENDAR_BASES, enumName: 'CalendarBasis', example: 'official' })
  dueBasis!: CalendarBasis;

  @ApiProperty({ example: 4, description: 'Working days after the due date, up to today (platform working calendar).' })
  daysOverdue!: number;

  @ApiProperty({ example: 'business-environment-office', description: 'Who must act: the handling department of a complaint, the unit of a finding.' })
  responsible!: string;
}

export class OverdueWorkPageDto extends PageDtoOf(OverdueWorkDto) {
  @ApiProperty({ format: 'date', example: '2026-06-16', description: 'Today (Asia/Shanghai), the day overdue is judged on.' })
  asOf!: string;
}
