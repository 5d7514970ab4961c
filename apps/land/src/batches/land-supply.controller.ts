import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, platformProblems, UuidParam } from '#platform';
import { batchProblems } from './batch-problems.js';
import { CorrectLandSupplyDto } from './dto/batch-input.dto.js';
import { LandSupplyDto } from './dto/batch.dto.js';
import { LandSupplyService } from './land-supply.service.js';

@ApiTags('land')
@Controller('projects/:id/land-supply')
export class LandSupplyController {
  constructor(private readonly supply: LandSupplyService) {}

  @Get()
  @ApiAuth('land-staff', 'leadership', 'task-force', 'integrator')
  @ApiOperation({ operationId: 'landGetLandSupply', summary: "A project's land supply (供地): the approval that started it and the day it actually started" })
  @ApiOkResponse({ type: LandSupplyDto })
  @ApiProblems(batchProblems.landSupplyNotStarted)
  get(@UuidParam('id') id: string): Promise<LandSupplyDto> {
    return this.supply.get(id);
  }

  @Put()
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landCorrectLandSupply', summary: 'Correct the day land supply actually started, with a reason kept in the audit trail' })
  @ApiOkResponse({ type: LandSupplyDto })
  @ApiProblems(batchProblems.landSupplyNotStarted, platformProblems.dateOrder, platformProblems.dateInFuture)
  correct(@UuidParam('id') id: string, @Body() input: CorrectLandSupplyDto): Promise<LandSupplyDto> {
    return this.supply.correct(id, input);
  }
}
