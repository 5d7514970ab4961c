import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, type AuthUser } from '#platform';
import { OverdueWorkPageDto, OverdueWorkQueryDto, ZoneCompletenessDto, ZoneCompletenessQueryDto } from './dto/oversight.dto.js';
import { oversightProblems } from './oversight-problems.js';
import { OversightService } from './oversight.service.js';
import { SUPERVISION_UNIT_RULES } from '../unit-rules.js';

@ApiTags('supervision')
@Controller('oversight')
export class OversightController {
  constructor(private readonly oversight: OversightService) {}

  @Get('completeness')
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.supervisedUnits }, 'discipline-supervisor', 'leadership', 'zone-admin')
  @ApiOperation({
    operationId: 'supervisionGetZoneCompleteness',
    summary: "Which units are late this period: every unit's disclosures owed, on time, late, missing and pending, worst first, with zone totals",
  })
  @ApiOkResponse({ type: ZoneCompletenessDto })
  @ApiBadRequestResponse({ description: 'A period that is not a month, quarter, half-year or year of 2000–2099 (`validation-failed`).' })
  @ApiProblems(oversightProblems.periodicItemUnknown)
  completeness(@Query() query: ZoneCompletenessQueryDto, @CurrentUser() user: AuthUser): Promise<ZoneCompletenessDto> {
    return this.oversight.zoneCompleteness(query, user);
  }

  @Get('overdue')
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.supervisedUnits }, 'discipline-supervisor')
  @ApiOperation({
    operationId: 'supervisionListOverdueWork',
    summary: 'Everything past its due date in one list: complaint steps, ordered and returned rectifications, with working days overdue and who must act',
  })
  @ApiOkResponse({ type: OverdueWorkPageDto })
  overdue(@Query() query: OverdueWorkQueryDto, @CurrentUser() user: AuthUser): Promise<OverdueWorkPageDto> {
    return this.oversight.overdue(query, user);
  }
}
