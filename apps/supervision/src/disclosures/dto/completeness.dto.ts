import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, BoundedInt } from '#platform';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';

export const COMPLETENESS_STATES = ['on-time', 'late', 'missing', 'open', 'not-started', 'calendar-missing'] as const;

export class CompletenessQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Year whose periods are checked; defaults to the current year in Asia/Shanghai.' })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(2000, 2100)
  year?: number;

  @ApiPropertyOptional({ example: '2026-06-01', description: 'Day the view is computed for (Asia/Shanghai); defaults to today.' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}

export class PeriodCompletenessDto {
  @ApiProperty({ example: '2026-04' })
  period!: string;

  @ApiProperty({ example: '2026-04-30' })
  periodEnd!: string;

  @ApiProperty({
    format: 'date',
    example: '2026-05-15',
    nullable: true,
    type: String,
    description: 'Due date in working days after the period end; null while the calendar lacks the year.',
  })
  dueOn!: string | null;

  @ApiProperty({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    example: 'official',
    nullable: true,
    description: '`provisional` when the count reaches a year whose State Council notice is not entered yet. Null with dueOn.',
  })
  dueBasis!: CalendarBasis | null;

  @ApiProperty({
    enum: COMPLETENESS_STATES,
    enumName: 'CompletenessState',
    example: 'late',
    description:
      'on-time / late (published after the due date) / missing (unpublished past it) / open (period over, not yet due) / not-started / calendar-missing.',
  })
  state!: string;

  @ApiProperty({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13', nullable: true, type: String })
  disclosureId!: string | null;

  @ApiProperty({ format: 'date', example: '2026-05-18', nullable: true, type: String, description: 'Day it was first published (Asia/Shanghai).' })
  publishedOn!: string | null;

  @ApiProperty({ example: 0, description: 'Working days added to the due date by extensions.' })
  extendedByWorkingDays!: number;

  @ApiProperty({ type: [String], example: [], description: 'Reasons of the extensions granted.' })
  extensionReasons!: string[];
}

export class ItemCompletenessDto {
  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  itemName!: string;

  @ApiProperty({ example: 'monthly' })
  disclosureFrequency!: string;

  @ApiProperty({ type: [PeriodCompletenessDto] })
  periods!: PeriodCompletenessDto[];
}

export class CompletenessCountsDto {
  @ApiProperty({ example: 3 }) onTime!: number;
  @ApiProperty({ example: 1 }) late!: number;
  @ApiProperty({ example: 2 }) missing!: number;
  @ApiProperty({ example: 4 }) open!: number;
  @ApiProperty({ example: 20 }) notStarted!: number;
  @ApiProperty({ example: 0 }) calendarMissing!: number;
}

export class CompletenessPageDto extends PageDtoOf(ItemCompletenessDto) {
  @ApiProperty({ example: 'shengtang' })
  unitCode!: string;

  @ApiProperty({ example: 2026 })
  year!: number;

  @ApiProperty({ format: 'date', example: '2026-06-01', description: 'The day (Asia/Shanghai) each period is judged on: the asOf asked for, or today.' })
  asOf!: string;

  @ApiProperty({ type: CompletenessCountsDto, description: 'Counts over every periodic item of the year, not just this page.' })
  counts!: CompletenessCountsDto;
}

export class GrantDueExtensionDto {
  @ApiProperty({ example: 'L-02' })
  @BoundedText(1, 32)
  itemCode!: string;

  @ApiProperty({ example: '2026-04', description: "Period in the item's frequency." })
  @BoundedText(4, 10)
  period!: string;

  @ApiProperty({ example: 5, description: 'Working days added to the due date.' })
  @BoundedInt(1, 30)
  workingDays!: number;

  @ApiProperty({ example: '受汛期抢险影响，延期公示', description: 'Public reason.' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class DueExtensionDto {
  @ApiProperty({ format: 'uuid', example: '5e3c1a9b-7d2f-4b6e-8a0c-3f1d5b7e9a21' })
  id!: string;

  @ApiProperty({ example: 'shengtang' })
  unitCode!: string;

  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '2026-04' })
  period!: string;

  @ApiProperty({ example: 5 })
  workingDays!: number;

  @ApiProperty({ example: '受汛期抢险影响，延期公示' })
  reason!: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-06T02:00:00.000Z' })
  grantedAt!: string;
}

export class DueExtensionPageDto extends PageDtoOf(DueExtensionDto) {}
