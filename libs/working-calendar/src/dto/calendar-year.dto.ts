import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, ValidateNested } from 'class-validator';
import type { CalendarHoliday, CalendarYear, MakeUpWorkday } from '#platform';
import { PageDtoOf, BoundedText, BoundedInt, BoundedArray } from '#platform';
import type { WorkingCalendarYear } from '../working-calendar-year.entity.js';
import { IsBusinessDate } from '#platform';

/** No year has more days than this; a longer list is a mistake whatever it contains. */
const MAX_DAYS_PER_LIST = 366;
/** The years a calendar can be kept for (the table's check). */
export const CALENDAR_YEARS = { min: 1000, max: 9999 } as const;

export class FestivalNameDto {
  @ApiProperty({ example: '国庆节', description: 'As the State Council notice writes it.', maxLength: 50 })
  @BoundedText(1, 50)
  zh!: string;

  @ApiProperty({ example: 'National Day', maxLength: 100 })
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

  @ApiPropertyOptional({ example: '国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)', description: "Where the arrangement comes from, e.g. the notice's title and date.", maxLength: 500 })
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

  static of(data: CalendarYear): CalendarYearDto {
    return {
      year: data.year,
      ...(data.source === undefined ? {} : { source: data.source }),
      holidays: data.holidays.map(CalendarDayDto.of),
      makeUpWorkdays: data.makeUpWorkdays.map(CalendarDayDto.of),
    };
  }
}

/** The body of PUT …/years/{year}: the path names the year, so the body may leave it out. */
export class SetCalendarYearDto extends OmitType(CalendarYearDto, ['year'] as const) {
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

  @ApiProperty({ format: 'date-time', example: '2025-11-05T01:00:00.000Z', description: 'When the year was last set (for shipped data: when this service first stored it).' })
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
