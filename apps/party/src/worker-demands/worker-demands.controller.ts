import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, IdempotentCreate, UuidParam } from '#platform';
import { CreateDemandDto, DemandDto, DemandNoteDto, DemandPageDto, DemandQueryDto } from './dto/demand.dto.js';
import { workerDemandProblems } from './worker-demand-problems.js';
import { WorkerDemandsService } from './worker-demands.service.js';

@ApiTags('party')
@Controller('worker-demands')
export class WorkerDemandsController {
  constructor(private readonly demands: WorkerDemandsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('party-committee', 'party-instructor')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'partyCollectWorkerDemand', summary: 'Collect a demand of couriers, riders or drivers (诉求收集)' })
  @ApiCreatedResponse({ type: DemandDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(workerDemandProblems.redStationNotFound, workerDemandProblems.collectedInFuture)
  collect(@Body() input: CreateDemandDto): Promise<DemandDto> {
    return this.demands.collect(input);
  }

  @Get()
  @ApiAuth('party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyListWorkerDemands', summary: 'List demands newest first, by status' })
  @ApiOkResponse({ type: DemandPageDto })
  list(@Query() query: DemandQueryDto) {
    return this.demands.list(query);
  }

  @Get(':id')
  @ApiAuth('party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyGetWorkerDemand', summary: 'Get one demand with its history' })
  @ApiOkResponse({ type: DemandDto })
  @ApiProblems(workerDemandProblems.notFound)
  get(@UuidParam('id') id: string): Promise<DemandDto> {
    return this.demands.get(id);
  }

  @Post(':id/plan')
  @HttpCode(200)
  @ApiAuth('party-committee')
  @ApiOperation({ operationId: 'partyPlanWorkerDemand', summary: 'Record or revise the response plan (对策谋划)' })
  @ApiOkResponse({ type: DemandDto })
  @ApiProblems(workerDemandProblems.notFound, workerDemandProblems.stateConflict)
  plan(@UuidParam('id') id: string, @Body() input: DemandNoteDto): Promise<DemandDto> {
    return this.demands.act(id, 'plan', input.note);
  }

  @Post(':id/follow-ups')
  @HttpCode(200)
  @ApiAuth('party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyFollowUpWorkerDemand', summary: 'Record a follow-up on a planned demand (跟踪落实)' })
  @ApiOkResponse({ type: DemandDto })
  @ApiProblems(workerDemandProblems.notFound, workerDemandProblems.stateConflict)
  followUp(@UuidParam('id') id: string, @Body() input: DemandNoteDto): Promise<DemandDto> {
    return this.demands.act(id, 'follow-up', input.note);
  }

  @Post(':id/closure')
  @HttpCode(200)
  @ApiAuth('party-committee')
  @ApiOperation({ operationId: 'partyCloseWorkerDemand', summary: 'Close a demand with its outcome' })
  @ApiOkResponse({ type: DemandDto })
  @ApiProblems(workerDemandProblems.notFound, workerDemandProblems.stateConflict)
  close(@UuidParam('id') id: string, @Body() input: DemandNoteDto): Promise<DemandDto> {
    return this.demands.act(id, 'close', input.note);
  }
}
