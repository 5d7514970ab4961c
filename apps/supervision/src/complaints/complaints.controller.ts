import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAuth,
  ApiExport,
  ApiProblems,
  ApiPublic,
  CurrentUser,
  IdempotentCreate,
  UuidParam,
  INPUT_LIMITS,
  TextParam,
  platformProblems,
  type AuthUser,
} from '#platform';
import { supervisionProblems } from '../shared/supervision-problems.js';
import { complaintProblems } from './complaint-problems.js';
import { ComplaintsService } from './complaints.service.js';
import {
  AnswerComplaintDto,
  ComplaintQueryDto,
  ExtendComplaintDto,
  FileComplaintDto,
  OverdueQueryDto,
  RecordComplaintDto,
  RejectComplaintDto,
  RouteComplaintDto,
  StatisticsQueryDto,
  StepNoteDto,
} from './dto/complaint-input.dto.js';
import { ComplaintDto, ComplaintPageDto, ComplaintStatisticsPageDto, ComplaintTrackingDto, FiledComplaintDto } from './dto/complaint.dto.js';
import { SUPERVISION_UNIT_RULES } from '../unit-rules.js';
import { COMPLAINTS_EXPORT, COMPLAINT_STATISTICS_EXPORT } from './complaints.export.js';

@ApiTags('supervision')
@Controller('complaints')
export class ComplaintsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Post()
  @HttpCode(201)
  @ApiPublic()
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionFileComplaint', summary: 'File a complaint (投诉), anonymously or with contact; answers with the tracking code' })
  @ApiBody({
    type: FileComplaintDto,
    // Whole requests that succeed as they stand (Swagger UI's "Try it out" sends the first one).
    examples: {
      named: {
        summary: 'With contact, about a community',
        value: {
          category: 'business-environment',
          unitCode: 'shengtang',
          content: '企业办理用电报装多次往返，希望说明办理时限。',
          anonymous: false,
          contact: { name: '王先生', phone: '13955612345' },
        },
      },
      anonymous: {
        summary: 'Anonymous: follow it with the tracking code',
        value: { category: 'village-affairs', content: '村务公开栏三个月未更新。', anonymous: true },
      },
    },
  })
  @ApiCreatedResponse({ type: FiledComplaintDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. contact missing on a named complaint.' })
  @ApiProblems(supervisionProblems.unitUnknown, complaintProblems.disclosureUnknown, complaintProblems.anonymousWithContact)
  file(@Body() input: FileComplaintDto): Promise<FiledComplaintDto> {
    return this.complaints.file(input);
  }

  @Get('tracking/:trackingCode')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionTrackComplaint',
    summary: 'Follow a complaint by its tracking code: status, each step with time and department, the answer',
  })
  @ApiOkResponse({ type: ComplaintTrackingDto })
  @ApiProblems(complaintProblems.trackingCodeUnknown)
  track(
    @TextParam('trackingCode', INPUT_LIMITS.code, { example: 'TS-7K3M9Q2XPA4R', description: 'As printed on the receipt; letter case does not matter.' })
    trackingCode: string,
  ): Promise<ComplaintTrackingDto> {
    return this.complaints.track(trackingCode);
  }

  @Get('statistics')
  @ApiPublic()
  @ApiOperation({
    operationId: 'supervisionComplaintStatistics',
    summary:
      'Complaints received, closed, rejected and open by unit, category and sub-district, as of a date or for a period; small counts suppressed publicly',
  })
  @ApiExport(COMPLAINT_STATISTICS_EXPORT)
  @ApiOkResponse({ type: ComplaintStatisticsPageDto })
  @ApiProblems(platformProblems.dateOrder)
  statistics(@Query() query: StatisticsQueryDto, @CurrentUser() user: AuthUser | undefined): Promise<ComplaintStatisticsPageDto> {
    return this.complaints.statistics(query, user);
  }

  @Get('overdue')
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaints }, 'complaint-handler', 'discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionListOverdueComplaints', summary: 'Open complaints past their step deadline (working days), most overdue first' })
  @ApiOkResponse({ type: ComplaintPageDto })
  overdue(@Query() query: OverdueQueryDto, @CurrentUser() user: AuthUser) {
    return this.complaints.overdue(query, user);
  }

  @Get()
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaints }, 'complaint-handler', 'discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionListComplaints', summary: 'List complaints, newest first: a department its own, supervisors all' })
  @ApiExport(COMPLAINTS_EXPORT)
  @ApiOkResponse({ type: ComplaintPageDto })
  list(@Query() query: ComplaintQueryDto, @CurrentUser() user: AuthUser) {
    return this.complaints.list(query, user);
  }

  @Get(':id')
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaint }, 'complaint-handler', 'discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionGetComplaint', summary: 'Get a complaint; contact details in full only for the handling department' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound)
  get(@UuidParam('id') id: string, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.get(id, user);
  }

  @Post(':id/acceptance')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintHandling }, 'complaint-handler')
  @ApiOperation({ operationId: 'supervisionAcceptComplaint', summary: 'Accept a received complaint (受理)' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.invalidTransition)
  accept(@UuidParam('id') id: string, @Body() input: StepNoteDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.accept(id, input.note, user);
  }

  @Post(':id/handling')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintHandling }, 'complaint-handler')
  @ApiOperation({ operationId: 'supervisionStartComplaintHandling', summary: 'Start verifying and handling an accepted complaint (办理中)' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.invalidTransition)
  start(@UuidParam('id') id: string, @Body() input: StepNoteDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.start(id, input.note, user);
  }

  @Post(':id/answer')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintHandling }, 'complaint-handler')
  @ApiOperation({
    operationId: 'supervisionAnswerComplaint',
    summary: 'Answer the complainant (答复); "not our responsibility" must name the responsible body (emits complaint-answered)',
  })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.invalidTransition)
  answer(@UuidParam('id') id: string, @Body() input: AnswerComplaintDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.answer(id, input, user);
  }

  @Post(':id/closure')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintHandling }, 'complaint-handler')
  @ApiOperation({ operationId: 'supervisionCloseComplaint', summary: 'Close an answered complaint (办结; emits complaint-closed)' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.invalidTransition)
  close(@UuidParam('id') id: string, @Body() input: StepNoteDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.close(id, input.note, user);
  }

  @Post(':id/rejection')
  @HttpCode(200)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintHandling }, 'complaint-handler')
  @ApiOperation({ operationId: 'supervisionRejectComplaint', summary: 'Reject a complaint before it is answered, with the reason (emits complaint-closed)' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.invalidTransition)
  reject(@UuidParam('id') id: string, @Body() input: RejectComplaintDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.reject(id, input.reason, user);
  }

  @Post(':id/extensions')
  @HttpCode(201)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintHandling }, 'complaint-handler')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'supervisionExtendComplaintDeadline',
    summary: "Extend the open step's deadline by working days, with a reason kept in the public step log",
  })
  @ApiCreatedResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.finished)
  extend(@UuidParam('id') id: string, @Body() input: ExtendComplaintDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.extend(id, input, user);
  }

  @Post(':id/routing')
  @HttpCode(200)
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionRouteComplaint', summary: 'Send a complaint to another handling department' })
  @ApiOkResponse({ type: ComplaintDto })
  @ApiProblems(complaintProblems.notFound, complaintProblems.finished)
  route(@UuidParam('id') id: string, @Body() input: RouteComplaintDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.route(id, input, user);
  }
}

/** Complaints that reached a department by hotline, letter or visit, registered so that statistics cover every channel. */
@ApiTags('supervision')
@Controller('complaint-records')
export class ComplaintRecordsController {
  constructor(private readonly complaints: ComplaintsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaintRecord }, 'complaint-handler')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'supervisionRecordComplaint',
    summary: 'Register a complaint received through another channel, open or already closed, with its dates',
  })
  @ApiCreatedResponse({ type: ComplaintDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. closedOn without answer.' })
  @ApiProblems(complaintProblems.invalidDate, supervisionProblems.unitUnknown)
  record(@Body() input: RecordComplaintDto, @CurrentUser() user: AuthUser): Promise<ComplaintDto> {
    return this.complaints.record(input, user);
  }

  @Get()
  @ApiAuth({ units: SUPERVISION_UNIT_RULES.complaints }, 'complaint-handler', 'discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionListComplaintRecords', summary: 'List complaints registered from other channels, newest first' })
  @ApiOkResponse({ type: ComplaintPageDto })
  list(@Query() query: ComplaintQueryDto, @CurrentUser() user: AuthUser) {
    return this.complaints.list(query, user, true);
  }
}
