import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, ApiPublic, platformProblems } from '#platform';
import { disclosureProblems } from './disclosure-problems.js';
import { DisclosureChangesService } from './disclosure-changes.service.js';
import { DisclosureChangesDto, DisclosureChangesQueryDto } from './dto/disclosure-change.dto.js';

/** Registered before DisclosuresController, so that `changes` is not read as a disclosure id. */
@ApiTags('supervision')
@Controller('disclosures')
export class DisclosureChangesController {
  constructor(private readonly changes: DisclosureChangesService) {}

  @Get('changes')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionListDisclosureChanges',
    summary:
      "Publications and corrections of disclosures in commit order, for pollers: pass the answer's `resumeCursor` back as `cursor` and none is missed or repeated",
  })
  @ApiOkResponse({ type: DisclosureChangesDto })
  @ApiProblems(disclosureProblems.invalidInstant, platformProblems.invalidCursor)
  @ApiBadRequestResponse({ description: '`since` is not an instant with offset (`validation-failed`).' })
  list(@Query() query: DisclosureChangesQueryDto): Promise<DisclosureChangesDto> {
    return this.changes.since(query);
  }
}
