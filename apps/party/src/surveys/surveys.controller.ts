import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, UuidParam } from '#platform';
import type { AuthUser } from '#platform';
import { CreateSurveyDto, SurveyDto, SurveyPageDto, SurveyQueryDto } from './dto/survey.dto.js';
import { partyProblems } from '../shared/party-problems.js';
import { surveyProblems } from './survey-problems.js';
import { SurveysService } from './surveys.service.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';

@ApiTags('party')
@Controller('surveys')
export class SurveysController {
  constructor(private readonly surveys: SurveysService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: PARTY_UNIT_RULES.entityWork }, 'party-committee', 'party-instructor')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'partyRecordSurvey',
    summary: 'Record a five-clears survey (五清) of an entity; the ledger colour is recomputed',
    description: 'Instructors may record surveys only for entities assigned to them. Earlier surveys are kept; the latest by date is current.',
  })
  @ApiCreatedResponse({ type: SurveyDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(partyProblems.entityNotAssigned, partyProblems.entityNotRegistered, surveyProblems.dateInFuture)
  record(@CurrentUser() user: AuthUser, @Body() input: CreateSurveyDto): Promise<SurveyDto> {
    return this.surveys.record(user, input);
  }

  @Get()
  @ApiAuth({ units: PARTY_UNIT_RULES.surveys }, 'party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyListSurveys', summary: "List surveys newest first; by credit code for one entity's history" })
  @ApiOkResponse({ type: SurveyPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: SurveyQueryDto) {
    return this.surveys.list(user, query);
  }

  @Get(':id')
  @ApiAuth({ units: PARTY_UNIT_RULES.survey }, 'party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyGetSurvey', summary: 'Get one survey' })
  @ApiOkResponse({ type: SurveyDto })
  @ApiProblems(partyProblems.entityNotAssigned, surveyProblems.notFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<SurveyDto> {
    return this.surveys.get(user, id);
  }
}
