import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, PageQueryDto, TextParam } from '#platform';
import type { AuthUser } from '#platform';
import {
  AssignEntityDto,
  CreateInstructorDto,
  CreateVisitDto,
  InstructorDto,
  InstructorPageDto,
  VisitDto,
  VisitPageDto,
  VisitQueryDto,
} from './dto/instructor.dto.js';
import { partyProblems } from '../shared/party-problems.js';
import { instructorProblems } from './instructor-problems.js';
import { InstructorsService } from './instructors.service.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';

@ApiTags('party')
@Controller()
export class InstructorsController {
  constructor(private readonly instructors: InstructorsService) {}

  @Post('instructors')
  @HttpCode(201)
  @ApiAuth('party-committee')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'partyRegisterInstructor', summary: 'Register a Party-building instructor (党建工作指导员) with assigned entities' })
  @ApiCreatedResponse({ type: InstructorDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(instructorProblems.exists, partyProblems.entityNotRegistered)
  register(@CurrentUser() user: AuthUser, @Body() input: CreateInstructorDto): Promise<InstructorDto> {
    return this.instructors.register(user, input);
  }

  @Get('instructors')
  @ApiAuth({ units: PARTY_UNIT_RULES.instructors }, 'party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyListInstructors', summary: 'List instructors and their entities; an instructor sees their own record' })
  @ApiOkResponse({ type: InstructorPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.instructors.list(user, query.limit, query.cursor);
  }

  @Get('instructors/:userId')
  @ApiAuth({ units: PARTY_UNIT_RULES.instructor }, 'party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyGetInstructor', summary: 'Get one instructor' })
  @ApiOkResponse({ type: InstructorDto })
  @ApiProblems(instructorProblems.notYourRecord, instructorProblems.notFound)
  get(
    @CurrentUser() user: AuthUser,
    @TextParam('userId', 128, { example: 'instructor-01', description: 'Token subject (`sub`) the instructor signs in with.' }) userId: string,
  ): Promise<InstructorDto> {
    return this.instructors.get(user, userId);
  }

  @Post('instructors/:userId/assignments')
  @HttpCode(200)
  @ApiAuth('party-committee')
  @ApiOperation({ operationId: 'partyAssignInstructorEntity', summary: 'Assign one more entity to an instructor' })
  @ApiOkResponse({ type: InstructorDto })
  @ApiProblems(instructorProblems.alreadyAssigned, instructorProblems.notFound, partyProblems.entityNotRegistered)
  assign(
    @CurrentUser() user: AuthUser,
    @TextParam('userId', 128, { example: 'instructor-01', description: 'Token subject (`sub`) the instructor signs in with.' }) userId: string,
    @Body() input: AssignEntityDto,
  ): Promise<InstructorDto> {
    return this.instructors.assign(user, userId, input.creditCode);
  }

  @Post('instructor-visits')
  @HttpCode(201)
  @ApiAuth({ units: PARTY_UNIT_RULES.visit }, 'party-instructor')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'partyRecordInstructorVisit', summary: 'An instructor records a visit to an assigned entity' })
  @ApiCreatedResponse({ type: VisitDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(partyProblems.entityNotAssigned, partyProblems.entityNotRegistered, instructorProblems.visitDateInFuture)
  recordVisit(@CurrentUser() user: AuthUser, @Body() input: CreateVisitDto): Promise<VisitDto> {
    return this.instructors.recordVisit(user, input);
  }

  @Get('instructor-visits')
  @ApiAuth({ units: PARTY_UNIT_RULES.visits }, 'party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyListInstructorVisits', summary: 'List visit records, newest first; an instructor sees their own' })
  @ApiOkResponse({ type: VisitPageDto })
  @ApiProblems(partyProblems.entityNotAssigned, partyProblems.entityNotFound)
  listVisits(@CurrentUser() user: AuthUser, @Query() query: VisitQueryDto) {
    return this.instructors.listVisits(user, query);
  }
}
