import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, ApiPublic, CurrentUser, IntParam, type AuthUser, PageQueryDto, platformProblems } from '#platform';
import { canComputeProvisionalYear, provisionalCalendarYear } from './core/index.js';
import { calendarProblems } from './calendar-problems.js';
import {
  CALENDAR_YEARS,
  CalendarYearDto,
  CalendarYearListDto,
  CalendarYearSummaryDto,
  DeadlineChangeDto,
  DeadlineChangeListDto,
  DeadlineChangeQueryDto,
  SetCalendarYearDto,
} from './dto/calendar-year.dto.js';
import { AddWorkingDaysQueryDto, WorkingDayDueDto, WorkingDaysBetweenDto, WorkingDaysBetweenQueryDto } from './dto/working-days.dto.js';
import { WorkingCalendarService } from './working-calendar.service.js';

const YEAR_PARAM = { example: 2026 } as const;
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
  @ApiOperation({
    operationId: 'listWorkingCalendarYears',
    summary: 'List the official years the working calendar has, ascending',
    description: 'Other years from 2014 to 2100 are provisional: computed from the statutory rule until their notice is entered.',
  })
  @ApiOkResponse({ type: CalendarYearListDto })
  async listYears(@Query() query: PageQueryDto): Promise<CalendarYearListDto> {
    const page = await this.calendar.listYears(query);
    return { ...page, items: page.items.map(CalendarYearSummaryDto.of) };
  }

  @Get('years/:year')
  @ApiPublic()
  @ApiOperation({
    operationId: 'getWorkingCalendarYear',
    summary: "Get one year's public holidays and make-up working days (调休)",
    description:
      'An official year as entered, or, for a year without its notice, the provisional arrangement computed from the statutory rule (`basis: provisional`).',
  })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiProblems(calendarProblems.calendarYearNotFound)
  async getYear(@IntParam('year', CALENDAR_YEARS.min, CALENDAR_YEARS.max, YEAR_PARAM) year: number): Promise<CalendarYearDto> {
    const row = await this.calendar.findYear(year);
    if (row !== null) return CalendarYearDto.of(row.data, 'official');
    if (!canComputeProvisionalYear(year)) throw calendarProblems.calendarYearNotFound(year);
    return CalendarYearDto.of(provisionalCalendarYear(year), 'provisional');
  }

  @Put('years/:year')
  @ApiAuth('zone-admin')
  @ApiOperation({
    operationId: 'setWorkingCalendarYear',
    summary: "Set a year's public holidays and make-up working days, replacing its data in every service",
    description:
      "Takes effect in this service at once and in the others within seconds; the latest write wins. In each service every open deadline whose count reaches the year is recounted on it, the move is written to the item's history, and the moved items are listed by `listDeadlineChanges`.",
  })
  @ApiOkResponse({ type: CalendarYearDto })
  @ApiBadRequestResponse({ description: 'Malformed body (`validation-failed`) or data the calendar cannot use (`invalid-calendar-year`), with field errors.' })
  async setYear(
    @IntParam('year', CALENDAR_YEARS.min, CALENDAR_YEARS.max, YEAR_PARAM) year: number,
    @Body() body: SetCalendarYearDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CalendarYearDto> {
    if (body.year !== undefined && body.year !== year) {
      throw calendarProblems.invalidCalendarYear([{ path: 'year', message: `Year ${body.year} in the body does not match ${year} in the path` }]);
    }
    return CalendarYearDto.of(await this.calendar.setYear({ ...body, year }, user), 'official');
  }

  @Get('deadline-changes')
  @ApiAuth('zone-admin', 'integrator', 'discipline-supervisor', 'complaint-handler', 'credit-staff', 'land-staff', 'leadership', 'party-committee')
  @ApiOperation({
    operationId: 'listDeadlineChanges',
    summary: "Deadlines of this service's items that moved because a calendar year was set, newest first",
    description: 'Typically after a zone-admin enters the official arrangement of a year that deadlines had been counted on provisionally.',
  })
  @ApiOkResponse({ type: DeadlineChangeListDto })
  async listDeadlineChanges(@Query() query: DeadlineChangeQueryDto): Promise<DeadlineChangeListDto> {
    const page = await this.calendar.listDeadlineChanges(query);
    return { ...page, items: page.items.map(DeadlineChangeDto.of) };
  }

  @Get('working-days')
  @ApiPublic()
  @ApiOperation({ operationId: 'addWorkingDays', summary: 'The deadline a number of working days after a date (Asia/Shanghai)' })
  @ApiOkResponse({ type: WorkingDayDueDto })
  @ApiProblems(platformProblems.calendarYearMissing)
  addWorkingDays(@Query() query: AddWorkingDaysQueryDto): WorkingDayDueDto {
    const { dueOn, basis } = this.calendar.calendar().deadline(query.from, query.days);
    return { from: query.from, days: query.days, dueOn, basis };
  }

  @Get('working-days/between')
  @ApiPublic()
  @ApiOperation({ operationId: 'countWorkingDays', summary: 'Working days after one date up to and including another' })
  @ApiOkResponse({ type: WorkingDaysBetweenDto })
  @ApiProblems(platformProblems.calendarYearMissing)
  countWorkingDays(@Query() query: WorkingDaysBetweenQueryDto): WorkingDaysBetweenDto {
    const calendar = this.calendar.calendar();
    return {
      from: query.from,
      to: query.to,
      workingDays: calendar.workingDaysBetween(query.from, query.to),
      basis: calendar.basisBetween(query.from, query.to),
    };
  }
}
