import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiExport, ApiProblems, ApiPublic, platformProblems, reportingPeriodOf, ReportingPeriodQueryDto } from '#platform';
import { ApprovalStatisticsDto, ApprovalStatisticsQueryDto, MeetingStatisticsDto } from './dto/statistics.dto.js';
import { approvalPeriodOf } from './approval-period.js';
import { StatisticsService } from './statistics.service.js';
import { APPROVAL_STATISTICS_EXPORT, MEETING_STATISTICS_EXPORT } from './statistics.export.js';

@ApiTags('land')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('approvals')
  @ApiPublic()
  @ApiOperation({
    operationId: 'landGetApprovalStatistics',
    summary: 'Approved batches and exact areas per year and per project, as of a date or for a period (public)',
  })
  @ApiExport(APPROVAL_STATISTICS_EXPORT)
  @ApiOkResponse({ type: ApprovalStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed, or asOf given with from/to.' })
  @ApiProblems(platformProblems.dateOrder)
  approvals(@Query() query: ApprovalStatisticsQueryDto): Promise<ApprovalStatisticsDto> {
    return this.statistics.approvals(approvalPeriodOf(reportingPeriodOf(query), query.sinceYear), query.sinceYear);
  }

  @Get('meetings')
  @ApiAuth('land-staff', 'leadership', 'task-force', 'integrator')
  @ApiOperation({
    operationId: 'landGetMeetingStatistics',
    summary: 'Dispatch meetings (专题调度会) held, per issue type and per month, as of a date or for a period',
  })
  @ApiExport(MEETING_STATISTICS_EXPORT)
  @ApiOkResponse({ type: MeetingStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed, or asOf given with from/to.' })
  @ApiProblems(platformProblems.dateOrder)
  meetings(@Query() query: ReportingPeriodQueryDto): Promise<MeetingStatisticsDto> {
    return this.statistics.meetings(reportingPeriodOf(query));
  }
}
