import { Body, Controller, Delete, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiExport, ApiProblems, ApiPublic, IdempotentCreate, PageQueryDto, platformProblems, UuidParam } from '#platform';
import { landProblems } from '../shared/land-problems.js';
import { batchProblems } from './batch-problems.js';
import { BatchesService } from './batches.service.js';
import {
  ApproveBatchDto,
  BatchListQueryDto,
  BatchScheduleInputDto,
  CreateBatchDto,
  ParcelInputDto,
  RecordApprovedBatchDto,
  RejectBatchDto,
  SupplementRequestDto,
  TransitionDateDto,
} from './dto/batch-input.dto.js';
import { ApprovedBatchDto, ApprovedBatchPageDto, BatchDto, BatchPageDto } from './dto/batch.dto.js';
import { BATCHES_EXPORT } from './batches.export.js';

/** Every status change: the batch exists and allows it, on a day not after today nor before its current status began. */
const TRANSITION_PROBLEMS = [landProblems.batchNotFound, batchProblems.invalidTransition, platformProblems.dateInFuture, platformProblems.dateOrder];

@ApiTags('land')
@Controller('batches')
export class BatchesController {
  constructor(private readonly batches: BatchesService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landCreateBatch', summary: 'Open an approval batch (报批批次) in preparation, optionally with parcels' })
  @ApiCreatedResponse({ type: BatchDto })
  @ApiProblems(
    landProblems.projectNotFound,
    batchProblems.batchNameTaken,
    batchProblems.parcelCodeTaken,
    platformProblems.dateInFuture,
    landProblems.targetBeforeStart,
    landProblems.batchAreaTooLarge,
  )
  @IdempotentCreate()
  create(@Body() input: CreateBatchDto): Promise<BatchDto> {
    return this.batches.create(input);
  }

  @Get()
  @ApiAuth('land-staff', 'leadership', 'task-force', 'integrator')
  @ApiOperation({ operationId: 'landListBatches', summary: 'List batches with parcels, exact total areas and time per stage, newest first' })
  @ApiExport(BATCHES_EXPORT)
  @ApiOkResponse({ type: BatchPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  list(@Query() query: BatchListQueryDto) {
    return this.batches.list(query);
  }

  @Get(':id')
  @ApiAuth('land-staff', 'leadership', 'task-force', 'integrator')
  @ApiOperation({ operationId: 'landGetBatch', summary: 'One batch: parcels, exact total area, decision, time per stage and schedule' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(landProblems.batchNotFound)
  get(@UuidParam('id') id: string): Promise<BatchDto> {
    return this.batches.get(id);
  }

  @Put(':id/schedule')
  @ApiAuth('land-staff')
  @ApiOperation({
    operationId: 'landSetBatchSchedule',
    summary: "Set a batch's internal target and legal deadline; its schedule counts working days on the shared calendar",
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(landProblems.batchNotFound, landProblems.targetBeforeStart)
  setSchedule(@UuidParam('id') id: string, @Body() input: BatchScheduleInputDto): Promise<BatchDto> {
    return this.batches.setSchedule(id, input);
  }

  @Post(':id/parcels')
  @HttpCode(201)
  @ApiAuth('land-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'landAddBatchParcel', summary: 'Add a parcel to a batch in preparation' })
  @ApiCreatedResponse({ type: BatchDto })
  @ApiProblems(
    landProblems.batchNotFound,
    landProblems.projectNotFound,
    batchProblems.parcelsFrozen,
    batchProblems.parcelCodeTaken,
    batchProblems.tooManyParcels,
    landProblems.batchAreaTooLarge,
  )
  addParcel(@UuidParam('id') id: string, @Body() input: ParcelInputDto): Promise<BatchDto> {
    return this.batches.addParcel(id, input);
  }

  @Delete(':id/parcels/:parcelId')
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landRemoveBatchParcel', summary: 'Remove a parcel from a batch in preparation' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(landProblems.batchNotFound, batchProblems.parcelNotFound, batchProblems.parcelsFrozen)
  removeParcel(@UuidParam('id') id: string, @UuidParam('parcelId') parcelId: string): Promise<BatchDto> {
    return this.batches.removeParcel(id, parcelId);
  }

  @Post(':id/file-assembly')
  @HttpCode(200)
  @ApiAuth('land-staff')
  @ApiOperation({
    operationId: 'landAssembleBatchFile',
    summary: 'Record the file assembled (组卷); every project of the batch must have completed its six pre-work steps',
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(...TRANSITION_PROBLEMS, batchProblems.batchEmpty, batchProblems.preWorkIncomplete)
  assembleFile(@UuidParam('id') id: string, @Body() input: TransitionDateDto): Promise<BatchDto> {
    return this.batches.assembleFile(id, input);
  }

  @Post(':id/submission')
  @HttpCode(200)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landSubmitBatch', summary: 'Record the submission (报批) to the approving authority; publishes batch-submitted' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(...TRANSITION_PROBLEMS)
  submit(@UuidParam('id') id: string, @Body() input: TransitionDateDto): Promise<BatchDto> {
    return this.batches.submit(id, input);
  }

  @Post(':id/supplement-requests')
  @HttpCode(200)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landRequestBatchSupplement', summary: 'Record that the authority asked for supplementary documents (补件)' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(...TRANSITION_PROBLEMS)
  requestSupplement(@UuidParam('id') id: string, @Body() input: SupplementRequestDto): Promise<BatchDto> {
    return this.batches.requestSupplement(id, input);
  }

  @Post(':id/resubmission')
  @HttpCode(200)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landResubmitBatch', summary: 'Record the resubmission after a supplement; publishes batch-submitted' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(...TRANSITION_PROBLEMS)
  resubmit(@UuidParam('id') id: string, @Body() input: TransitionDateDto): Promise<BatchDto> {
    return this.batches.resubmit(id, input);
  }

  @Post(':id/approval')
  @HttpCode(200)
  @ApiAuth('land-staff')
  @ApiOperation({
    operationId: 'landApproveBatch',
    summary:
      'Record the approval (批复) with authority, document number and date; land supply (供地) starts on the approval date for each of its projects not yet supplied; publishes batch-approved once',
  })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(...TRANSITION_PROBLEMS, batchProblems.documentNumberTaken)
  approve(@UuidParam('id') id: string, @Body() input: ApproveBatchDto): Promise<BatchDto> {
    return this.batches.approve(id, input);
  }

  @Post(':id/rejection')
  @HttpCode(200)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landRejectBatch', summary: 'Record a rejection with authority, date and reason; publishes batch-rejected' })
  @ApiOkResponse({ type: BatchDto })
  @ApiProblems(...TRANSITION_PROBLEMS)
  reject(@UuidParam('id') id: string, @Body() input: RejectBatchDto): Promise<BatchDto> {
    return this.batches.reject(id, input);
  }
}

@ApiTags('land')
@Controller('batch-records')
export class BatchRecordsController {
  constructor(private readonly batches: BatchesService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('land-staff')
  @ApiOperation({
    operationId: 'landRecordApprovedBatch',
    summary: 'Enter a batch approved before the platform (历史批次) with its parcels; publishes batch-approved and starts land supply from the approval day',
  })
  @ApiCreatedResponse({ type: BatchDto })
  @ApiProblems(
    landProblems.projectNotFound,
    batchProblems.batchNameTaken,
    batchProblems.parcelCodeTaken,
    batchProblems.documentNumberTaken,
    platformProblems.dateInFuture,
    landProblems.batchAreaTooLarge,
  )
  @IdempotentCreate()
  record(@Body() input: RecordApprovedBatchDto): Promise<BatchDto> {
    return this.batches.recordApproved(input);
  }

  @Get()
  @ApiAuth('land-staff', 'leadership', 'integrator')
  @ApiOperation({ operationId: 'landListRecordedBatches', summary: 'List the batches entered as history, newest entry first' })
  @ApiOkResponse({ type: BatchPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  list(@Query() query: BatchListQueryDto) {
    return this.batches.list(query, 'recorded');
  }
}

@ApiTags('land')
@Controller('approved-batches')
export class ApprovedBatchesController {
  constructor(private readonly batches: BatchesService) {}

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'landListApprovedBatches', summary: 'Approved batches and their areas, newest approval first (public)' })
  @ApiOkResponse({ type: ApprovedBatchPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  list(@Query() query: PageQueryDto) {
    return this.batches.listApproved(query);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'landGetApprovedBatch', summary: 'One approved batch and its areas (public)' })
  @ApiOkResponse({ type: ApprovedBatchDto })
  @ApiProblems(landProblems.batchNotFound)
  get(@UuidParam('id') id: string): Promise<ApprovedBatchDto> {
    return this.batches.getApproved(id);
  }
}
