import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiExport, ApiPublic } from '#platform';
import { ApprovalStatisticsDto, ApprovalStatisticsQueryDto } from './dto/statistics.dto.js';
import { StatisticsService } from './statistics.service.js';
import { APPROVAL_STATISTICS_EXPORT } from './statistics.export.js';

@ApiTags('land')
@Controller('statistics')
export class StatisticsController {
  constructor(private readonly statistics: StatisticsService) {}

  @Get('approvals')
  @ApiPublic()
  @ApiOperation({ operationId: 'landGetApprovalStatistics', summary: 'Approved batches and exact areas per year and per project (public)' })
  @ApiExport(APPROVAL_STATISTICS_EXPORT)
  @ApiOkResponse({ type: ApprovalStatisticsDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  approvals(@Query() query: ApprovalStatisticsQueryDto): Promise<ApprovalStatisticsDto> {
    return this.statistics.approvals(query.sinceYear);
  }
}
