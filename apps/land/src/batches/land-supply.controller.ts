import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiAuth, UuidParam } from '#platform';
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
  @ApiNotFoundResponse({ description: '`land-supply-not-started`: no approved batch holds the project (or no such project).' })
  get(@UuidParam('id') id: string): Promise<LandSupplyDto> {
    return this.supply.get(id);
  }

  @Put()
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landCorrectLandSupply', summary: 'Correct the day land supply actually started, with a reason kept in the audit trail' })
  @ApiOkResponse({ type: LandSupplyDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiNotFoundResponse({ description: '`land-supply-not-started`.' })
  @ApiUnprocessableEntityResponse({ description: '`date-order`: before the approval date; `date-in-future`.' })
  correct(@UuidParam('id') id: string, @Body() input: CorrectLandSupplyDto): Promise<LandSupplyDto> {
    return this.supply.correct(id, input);
  }
}
