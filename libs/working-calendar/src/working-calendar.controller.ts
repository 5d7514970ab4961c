import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiAuth, ApiPublic, CurrentUser, IntParam, type AuthUser, PageQueryDto } from '#platform';
import { calendarYearNotFound, invalidCalendarYear } from './calendar-problems.js';
import { CALENDAR_YEARS, CalendarYearDto, CalendarYearListDto, CalendarYearSummaryDto, SetCalendarYearDto } from './dto/calendar-year.dto.js';
import { AddWorkingDaysQueryDto, WorkingDayDueDto, WorkingDaysBetweenDto, WorkingDaysBetweenQueryDto } from './dto/working-days.dto.js';
import { WorkingCalendarService } from './working-calendar.service.js';

const YEAR_PARAM = { example: 2026 } as const;
const YEAR_MISSING = 'A year the computation reaches has no calendar data yet (problem `calendar-year-missing`, naming the year).';

/**
 * Mounted in every service, each answering from its own copy. The operation ids repeat across services, so the
 * merged gateway document holds each of them four times (under different paths).
 */
@ApiTags('working-calendar')
@Controller('working-calendar')
export class WorkingCalendarController {
  constructor(private readonly calendar: WorkingCalendarService) {}

  @Get('years')
  @ApiPublic()
  @ApiOperation({ operationId: 'listWorkingCalendarYears', summary: 'List the years the working calendar has, ascending' })
  @ApiOkResponse({ type: CalendarYearListDto })
  async listYears(@Query() query: PageQueryDto): Promise<CalendarYearListDto> {
    const page = await this.calendar.listYears(query);
    return { ...page, items: page.items.map(CalendarYearSummaryDto.of) };
  }

  @Get('years/:year')
  @ApiPublic()
  @ApiOperation({ operationId: 'getWorkingCalendarYear', summary: "Get one year's public holidays and make-up working days (调休)" })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiNotFoundResponse({ description: 'No data for that year (problem `calendar-year-not-found`).' })
  async getYear(@IntParam('year', CALENDAR_YEARS.min, CALENDAR_YEARS.max, YEAR_PARAM) year: number): Promise<CalendarYearDto> {
    const row = await this.calendar.findYear(year);
    if (row === null) throw calendarYearNotFound(year);
    return CalendarYearDto.of(row.data);
  }

  @Put('years/:year')
  @ApiAuth('zone-admin')
  @ApiOperation({
    operationId: 'setWorkingCalendarYear',
    summary: "Set a year's public holidays and make-up working days, replacing its data in every service",
    description: 'Takes effect in this service at once and in the others within seconds; the latest write wins.',
  })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiBadRequestResponse({ description: 'Malformed body (`validation-failed`) or data the calendar cannot use (`invalid-calendar-year`), with field errors.' })
  async setYear(@IntParam('year', CALENDAR_YEARS.min, CALENDAR_YEARS.max, YEAR_PARAM) year: number, @Body() body: SetCalendarYearDto, @CurrentUser() user: AuthUser): Promise<CalendarYearDto> {
    if (body.year !== undefined && body.year !== year) {
      throw invalidCalendarYear([{ path: 'year', message: `Year ${body.year} in the body does not match ${year} in the path` }]);
    }
    return CalendarYearDto.of(await this.calendar.setYear({ ...body, year }, user));
  }

  @Get('working-days')
  @ApiPublic()
  @ApiOperation({ operationId: 'addWorkingDays', summary: 'The deadline a number of working days after a date (Asia/Shanghai)' })
  @ApiOkResponse({ type: WorkingDayDueDto })
  @ApiUnprocessableEntityResponse({ description: YEAR_MISSING })
  addWorkingDays(@Query() query: AddWorkingDaysQueryDto): WorkingDayDueDto {
    const due = this.calendar.calendar().addWorkingDays(query.from, query.days);
    return { from: query.from, days: query.days, due };
  }

  @Get('working-days/between')
  @ApiPublic()
  @ApiOperation({ operationId: 'countWorkingDays', summary: 'Working days after one date up to and including another' })
  @ApiOkResponse({ type: WorkingDaysBetweenDto })
  @ApiUnprocessableEntityResponse({ description: YEAR_MISSING })
  countWorkingDays(@Query() query: WorkingDaysBetweenQueryDto): WorkingDaysBetweenDto {
    const workingDays = this.calendar.calendar().workingDaysBetween(query.from, query.to);
    return { from: query.from, to: query.to, workingDays };
  }
}
