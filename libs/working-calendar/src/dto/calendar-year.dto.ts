import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { type CalendarHoliday, type CalendarYear, type MakeUpWorkday, CALENDAR_BASES, type CalendarBasis } from '../core/index.js';
import { PageDtoOf, BoundedText, BoundedInt, PageQueryDto, BoundedArray } from '#platform';
import { type DeadlineChange } from '../deadline-change.entity.js';
import type { WorkingCalendarYear } from '../working-calendar-year.entity.js';
import { IsBusinessDate } from '#platform';

/** No year has more days than this; a longer list is a mistake whatever it contains. */
const MAX_DAYS_PER_LIST = 366;
/** The years a calendar can be kept for (the table's check). */
export const CALENDAR_YEARS = { min: 1000, max: 9999 } as const;

export class FestivalNameDto {
  @ApiProperty({ example: '国庆节', description: 'As the State Council notice writes it.' })
  @BoundedText(1, 50)
  zh!: string;

  @ApiProperty({ example: 'National Day' })
  @BoundedText(1, 100)
  en!: string;
}

/** A day off, or a make-up working day, and the festival it belongs to. */
export class CalendarDayDto {
  @ApiProperty({ format: 'date', example: '2026-10-01', description: 'YYYY-MM-DD, in the year it is listed under.' })
  @IsBusinessDate()
  date!: string;

  @ApiProperty({ type: FestivalNameDto })
  @ValidateNested()
  @Type(() => FestivalNameDto)
  festival!: FestivalNameDto;

  static of(day: CalendarHoliday | MakeUpWorkday): CalendarDayDto {
    return { date: day.date, festival: { zh: day.festival.zh, en: day.festival.en } };
  }
}

/** One year's holiday arrangement: weekdays work and weekends rest, except for the days listed. */
export class CalendarYearDto {
  @ApiProperty({ type: 'integer', example: 2026, minimum: 1000, maximum: 9999 })
  @BoundedInt(CALENDAR_YEARS.min, CALENDAR_YEARS.max)
  year!: number;

  @ApiPropertyOptional({
    example: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)',
    description: "Where the arrangement comes from, e.g. the notice's title and date.",
  })
  @IsOptional()
  @BoundedText(1, 500)
  source?: string;

  @ApiProperty({
    type: [CalendarDayDto],
    maxItems: MAX_DAYS_PER_LIST,
    description: 'Days off (放假), weekend days inside a break included; at least one.',
    example: [{ date: '2026-10-01', festival: { zh: '国庆节', en: 'National Day' } }],
  })
  @BoundedArray(0, MAX_DAYS_PER_LIST)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  holidays!: CalendarDayDto[];

  @ApiProperty({
    type: [CalendarDayDto],
    maxItems: MAX_DAYS_PER_LIST,
    description: 'Saturdays and Sundays that are working days (调休上班).',
    example: [{ date: '2026-10-10', festival: { zh: '国庆节', en: 'National Day' } }],
  })
  @BoundedArray(0, MAX_DAYS_PER_LIST)
  @ValidateNested({ each: true })
  @Type(() => CalendarDayDto)
  makeUpWorkdays!: CalendarDayDto[];

  @ApiProperty({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    example: 'official',
    description:
      '`official`: entered from the State Council notice. `provisional`: computed from the statutory rule (no make-up working days) because the notice has not been entered yet. Ignored in a request body.',
  })
  @IsOptional()
  basis!: CalendarBasis;

  static of(data: CalendarYear, basis: CalendarBasis): CalendarYearDto {
    return {
      year: data.year,
      basis,
      ...(data.source === undefined ? {} : { source: data.source }),
      holidays: data.holidays.map(CalendarDayDto.of),
      makeUpWorkdays: data.makeUpWorkdays.map(CalendarDayDto.of),
    };
  }
}

/** The body of PUT …/years/{year}: the path names the year, so the body may leave it out. */
export class SetCalendarYearDto extends OmitType(CalendarYearDto, ['year', 'basis'] as const) {
  @ApiPropertyOptional({ type: 'integer', example: 2026, description: 'May be omitted; when given it must equal the year in the path.' })
  @IsOptional()
  @BoundedInt(CALENDAR_YEARS.min, CALENDAR_YEARS.max)
  year?: number;
}

export class CalendarYearSummaryDto {
  @ApiProperty({ type: 'integer', example: 2026 })
  year!: number;

  @ApiPropertyOptional({ example: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)', nullable: true, type: String })
  source!: string | null;

  @ApiProperty({ type: 'integer', example: 33, description: 'Days off listed.' })
  holidayCount!: number;

  @ApiProperty({ type: 'integer', example: 6, description: 'Make-up working days listed.' })
  makeUpWorkdayCount!: number;

  @ApiProperty({
    format: 'date-time',
    example: '2025-11-05T01:00:00.000Z',
    description: 'When the year was last set (for shipped data: when this service first stored it).',
  })
  updatedAt!: string;

  static of(row: WorkingCalendarYear): CalendarYearSummaryDto {
    return {
      year: row.year,
      source: row.source,
      holidayCount: row.data.holidays.length,
      makeUpWorkdayCount: row.data.makeUpWorkdays.length,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

export class CalendarYearListDto extends PageDtoOf(CalendarYearSummaryDto) {}

export class DeadlineChangeQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: 'integer', example: 2027, description: 'Only changes caused by setting this calendar year.' })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(CALENDAR_YEARS.min, CALENDAR_YEARS.max)
  year?: number;

  @ApiPropertyOptional({ example: 'complaint', description: 'Only deadlines of this kind of resource (e.g. `complaint`, `finding`, `appeal`, `transfer`).' })
  @IsOptional()
  @BoundedText(1, 64)
  resourceType?: string;

  @ApiPropertyOptional({ example: '6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60', description: 'Only the deadlines of this resource.' })
  @IsOptional()
  @BoundedText(1, 64)
  resourceId?: string;
}

/** A deadline that moved because a calendar year was set. */
export class DeadlineChangeDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c1e-2a9d-4e3b-8c5f-6d1a2e3b4c5d' })
  id!: string;

  @ApiProperty({ example: 'complaint' })
  resourceType!: string;

  @ApiProperty({ example: '6a0c3e9b-1f4d-4a7e-9c2b-8d5e1f3a7b60' })
  resourceId!: string;

  @ApiProperty({ example: 'stepDueOn', description: 'The field of the resource that holds the deadline.' })
  field!: string;

  @ApiProperty({ type: 'integer', example: 2027, description: 'The calendar year whose change moved it.' })
  calendarYear!: number;

  @ApiProperty({ format: 'date', example: '2027-02-09' })
  oldDueOn!: string;

  @ApiProperty({ format: 'date', example: '2027-02-20', description: 'Here a make-up Saturday in the official arrangement.' })
  newDueOn!: string;

  @ApiProperty({ enum: CALENDAR_BASES, enumName: 'CalendarBasis', example: 'provisional' })
  oldBasis!: CalendarBasis;

  @ApiProperty({ enum: CALENDAR_BASES, enumName: 'CalendarBasis', example: 'official' })
  newBasis!: CalendarBasis;

  @ApiProperty({ example: 'Official 2027 calendar entered (国务院办公厅关于2027年部分节假日安排的通知); deadline recounted on it' })
  reason!: string;

  @ApiProperty({
    format: 'uuid',
    example: '9c858901-8a57-4791-81fe-4c455b099bc9',
    description: 'The zone.platform.working-calendar-year-set.v1 event that carried the year.',
  })
  eventId!: string;

  @ApiProperty({ format: 'date-time', example: '2026-12-08T09:30:00.000Z' })
  changedAt!: string;

  static of(row: DeadlineChange): DeadlineChangeDto {
    return { ...row, changedAt: row.changedAt.toISOString() };
  }
}

export class DeadlineChangeListDto extends PageDtoOf(DeadlineChangeDto) {}
