import { Body, Controller, Get, HttpCode, Injectable, Param, Patch, Post, Query, type PipeTransform } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, PageQueryDto, UuidParam, type AuthUser } from '#platform';
import { landProblems } from '../shared/land-problems.js';
import { AttachDocumentDto, CompleteStepDto, PreWorkDto, StartStepDto, StepDocumentDto, StepDocumentPageDto, UpdateStepDto } from './dto/pre-work.dto.js';
import { isPreWorkStep, PRE_WORK_STEPS, type PreWorkStepName } from './pre-work-rules.js';
import { preWorkProblems } from './pre-work-problems.js';
import { PreWorkService } from './pre-work.service.js';
import { LAND_UNIT_RULES } from '../unit-rules.js';

@Injectable()
class StepPipe implements PipeTransform<string, PreWorkStepName> {
  transform(value: string): PreWorkStepName {
    if (!isPreWorkStep(value)) throw preWorkProblems.stepNotFound(PRE_WORK_STEPS);
    return value;
  }
}

const STEP_PARAM = ApiParam({ name: 'step', enum: PRE_WORK_STEPS, enumName: 'PreWorkStep', example: 'announcement' });
const EDITORS = 'Land-bureau staff, or a task-force member of this project (403 `not-project-task-force` otherwise).';
const HEARING =
  'The hearing (听证) is held only when requested: when most members of the affected collective consider the compensation plan unlawful (土地管理法 第四十七条第三款); its evidence is the hearing record or the record that none was requested.';

@ApiTags('land')
@Controller('projects/:id/pre-work')
export class PreWorkController {
  constructor(private readonly preWork: PreWorkService) {}

  @Get()
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({
    operationId: 'landGetPreWork',
    summary: 'The six pre-work steps (调查、评估、公告、听证、登记、协议) of a project, with planned and actual dates',
  })
  @ApiOkResponse({ type: PreWorkDto })
  @ApiProblems(landProblems.projectNotFound)
  get(@UuidParam('id') id: string): Promise<PreWorkDto> {
    return this.preWork.get(id);
  }

  @Patch(':step')
  @ApiAuth({ units: LAND_UNIT_RULES.projectWork }, 'land-staff', 'task-force')
  @STEP_PARAM
  @ApiOperation({ operationId: 'landUpdatePreWorkStep', summary: 'Name the person responsible for a step', description: EDITORS })
  @ApiOkResponse({ type: PreWorkDto })
  @ApiProblems(landProblems.projectNotFound, preWorkProblems.stepNotFound)
  update(@CurrentUser() user: AuthUser | undefined, @UuidParam('id') id: string, @Param('step', StepPipe) step: PreWorkStepName, @Body() input: UpdateStepDto) {
    return this.preWork.update(user, id, step, input);
  }

  @Post(':step/start')
  @HttpCode(200)
  @ApiAuth({ units: LAND_UNIT_RULES.projectWork }, 'land-staff', 'task-force')
  @STEP_PARAM
  @ApiOperation({
    operationId: 'landStartPreWorkStep',
    summary: 'Start a step: after its predecessor started; the announcement with its notice period; the hearing only after the notice period',
    description: `${EDITORS} ${HEARING}`,
  })
  @ApiOkResponse({ type: PreWorkDto })
  @ApiProblems(
    landProblems.projectNotFound,
    preWorkProblems.stepNotFound,
    preWorkProblems.stepAlreadyStarted,
    preWorkProblems.predecessorNotStarted,
    preWorkProblems.beforePredecessor,
    preWorkProblems.dateInFuture,
    preWorkProblems.noticePeriodRequired,
    preWorkProblems.noticePeriodNotApplicable,
    preWorkProblems.noticePeriodRunning,
    preWorkProblems.noticePeriodTooShort,
  )
  start(@CurrentUser() user: AuthUser | undefined, @UuidParam('id') id: string, @Param('step', StepPipe) step: PreWorkStepName, @Body() input: StartStepDto) {
    return this.preWork.start(user, id, step, input);
  }

  @Post(':step/completion')
  @HttpCode(200)
  @ApiAuth({ units: LAND_UNIT_RULES.projectWork }, 'land-staff', 'task-force')
  @STEP_PARAM
  @ApiOperation({
    operationId: 'landCompletePreWorkStep',
    summary: 'Complete a step: its predecessor completed, evidence attached, the notice period over',
    description: EDITORS,
  })
  @ApiOkResponse({ type: PreWorkDto })
  @ApiProblems(
    landProblems.projectNotFound,
    preWorkProblems.stepNotFound,
    preWorkProblems.stepNotStarted,
    preWorkProblems.stepAlreadyCompleted,
    preWorkProblems.predecessorNotCompleted,
    preWorkProblems.beforePredecessor,
    preWorkProblems.evidenceMissing,
    preWorkProblems.noticePeriodRunning,
    preWorkProblems.completedBeforeStart,
    preWorkProblems.dateInFuture,
  )
  complete(
    @CurrentUser() user: AuthUser | undefined,
    @UuidParam('id') id: string,
    @Param('step', StepPipe) step: PreWorkStepName,
    @Body() input: CompleteStepDto,
  ) {
    return this.preWork.complete(user, id, step, input);
  }

  @Post(':step/documents')
  @HttpCode(201)
  @ApiAuth({ units: LAND_UNIT_RULES.projectWork }, 'land-staff', 'task-force')
  @STEP_PARAM
  @ApiOperation({ operationId: 'landAttachPreWorkDocument', summary: 'Attach a document to a step as its evidence', description: EDITORS })
  @ApiCreatedResponse({ type: StepDocumentDto })
  @ApiProblems(landProblems.projectNotFound, preWorkProblems.stepNotFound, preWorkProblems.evidenceClosed)
  @IdempotentCreate()
  attach(
    @CurrentUser() user: AuthUser | undefined,
    @UuidParam('id') id: string,
    @Param('step', StepPipe) step: PreWorkStepName,
    @Body() input: AttachDocumentDto,
  ) {
    return this.preWork.attach(user, id, step, input);
  }

  @Get(':step/documents')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @STEP_PARAM
  @ApiOperation({ operationId: 'landListPreWorkDocuments', summary: "A step's evidence documents, oldest first" })
  @ApiOkResponse({ type: StepDocumentPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  @ApiProblems(landProblems.projectNotFound, preWorkProblems.stepNotFound)
  documents(@UuidParam('id') id: string, @Param('step', StepPipe) step: PreWorkStepName, @Query() query: PageQueryDto) {
    return this.preWork.documents(id, step, query);
  }
}
