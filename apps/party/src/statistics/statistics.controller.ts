import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiAuth, ApiExport, reportingPeriodOf, ReportingPeriodQueryDto } from '#platform';
import { CoverageStatisticsDto, EntityStatisticsDto } from './dto/statistics.dto.js';
import { COVERAGE_STATISTICS_EXPORT, ENTITY_STATISTICS_EXPORT } from './statistics.export.js';
import { StatisticsService } from './statistics.service.js';

const PERIOD_PROBLEMS = { description: '`date-order`: from is after to.' };

@ApiTags('party')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('entities')
  @ApiAuth('party-committee', 'leadership', 'integrator')
  @ApiOperation({
    operationId: 'partyGetEntityStatistics',
    summary: 'Surveyed entities and those taken under management (纳入管理), by kind, status, sector, park, campaign and day, as of a date or for a period',
  })
  @ApiExport(ENTITY_STATISTICS_EXPORT)
  @ApiOkResponse({ type: EntityStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed, or asOf given with from/to.' })
  @ApiUnprocessableEntityResponse(PERIOD_PROBLEMS)
  entities(@Query() query: ReportingPeriodQueryDto): Promise<EntityStatisticsDto> {
    return this.statistics.entities(reportingPeriodOf(query));
  }

  @Get('coverage')
  @ApiAuth('party-committee', 'leadership', 'integrator')
  @ApiOperation({ operationId: 'partyGetCoverageStatistics', summary: 'Organisation and work coverage rates (两个覆盖) per park as of a date' })
  @ApiExport(COVERAGE_STATISTICS_EXPORT)
  @ApiOkResponse({ type: CoverageStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed, or asOf given with from/to.' })
  @ApiUnprocessableEntityResponse(PERIOD_PROBLEMS)
  coverage(@Query() query: ReportingPeriodQueryDto): Promise<CoverageStatisticsDto> {
    return this.statistics.coverage(reportingPeriodOf(query));
  }
}
