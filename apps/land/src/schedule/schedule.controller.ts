import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, platformProblems, UuidParam, type AuthUser } from '#platform';
import { landProblems } from '../shared/land-problems.js';
import { scheduleProblems } from './schedule-problems.js';
import { DashboardDto, ScheduleDto, SetScheduleDto } from './dto/schedule.dto.js';
import { ScheduleService } from './schedule.service.js';
import { LAND_UNIT_RULES } from '../unit-rules.js';

@ApiTags('land')
@Controller()
export class ScheduleController {
  constructor(private readonly schedules: ScheduleService) {}

  @Put('projects/:id/schedule')
  @ApiAuth({ units: LAND_UNIT_RULES.projectWork }, 'land-staff', 'task-force')
  @ApiOperation({
    operationId: 'landSetProjectSchedule',
    summary: 'Set the start, internal target and legal deadline; milestones are planned backwards from the target (倒排) on the working-day calendar',
    description: 'Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).',
  })
  @ApiOkResponse({ type: ScheduleDto })
  @ApiProblems(landProblems.projectNotFound, landProblems.targetBeforeStart, scheduleProblems.deadlineBeforeStart, platformProblems.calendarYearMissing)
  set(@CurrentUser() user: AuthUser | undefined, @UuidParam('id') id: string, @Body() input: SetScheduleDto): Promise<ScheduleDto> {
    return this.schedules.set(user, id, input);
  }

  @Get('projects/:id/schedule')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({
    operationId: 'landGetProjectSchedule',
    summary: 'Milestones planned vs achieved, working days elapsed and left, on-track / at-risk / overdue',
  })
  @ApiOkResponse({ type: ScheduleDto })
  @ApiProblems(landProblems.projectNotFound, scheduleProblems.scheduleNotSet, platformProblems.calendarYearMissing)
  get(@UuidParam('id') id: string): Promise<ScheduleDto> {
    return this.schedules.get(id);
  }

  @Get('dashboard')
  @ApiAuth('leadership', 'land-staff')
  @ApiOperation({
    operationId: 'landGetDashboard',
    summary: 'Leadership dashboard: active projects with stage and risk, and the average approval duration against the 5-month baseline',
  })
  @ApiOkResponse({ type: DashboardDto })
  dashboard(): Promise<DashboardDto> {
    return this.schedules.dashboard();
  }
}
