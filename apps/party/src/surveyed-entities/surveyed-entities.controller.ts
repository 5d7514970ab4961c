import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiExport, ApiProblems, CurrentUser, IdempotentCreate, UuidParam } from '#platform';
import { partyProblems } from '../shared/party-problems.js';
import { surveyedEntityProblems } from './surveyed-entity-problems.js';
import type { AuthUser } from '#platform';
import { CreateEntityDto, ImportEntitiesDto, UpdateEntityDto } from './dto/create-entity.dto.js';
import { EntityDto, EntityPageDto } from './dto/entity.dto.js';
import { EntityQueryDto } from './dto/entity-query.dto.js';
import { ImportReportDto } from './dto/import-report.dto.js';
import { SurveyedEntitiesService } from './surveyed-entities.service.js';
import { PARTY_UNIT_RULES } from '../unit-rules.js';
import { SURVEYED_ENTITIES_EXPORT } from './surveyed-entities.export.js';

@ApiTags('party')
@Controller()
export class SurveyedEntitiesController {
  constructor(private readonly entities: SurveyedEntitiesService) {}

  @Post('entities')
  @HttpCode(201)
  @ApiAuth('party-committee')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'partyRegisterEntity', summary: 'Register a non-public enterprise or social organisation under survey' })
  @ApiCreatedResponse({ type: EntityDto })
  @ApiBadRequestResponse({ description: 'Validation failed, e.g. a credit code with a wrong check character (problem+json with field errors).' })
  @ApiProblems(surveyedEntityProblems.alreadyRegistered, surveyedEntityProblems.managementDateInvalid)
  register(@Body() input: CreateEntityDto): Promise<EntityDto> {
    return this.entities.register(input);
  }

  @Post('entity-imports')
  @HttpCode(200)
  @ApiAuth('party-committee')
  @ApiOperation({
    operationId: 'partyImportEntities',
    summary: 'Bulk-register entities from CSV, with a per-row report',
    description:
      'Per-row, not all-or-nothing: valid rows are created, invalid rows, repeats within the file and codes already registered are reported with reasons and skipped. Re-sending a corrected file is safe. At most 1000 rows; `dryRun` validates only.',
  })
  @ApiOkResponse({ type: ImportReportDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(surveyedEntityProblems.importFileUnreadable)
  import(@Body() input: ImportEntitiesDto): Promise<ImportReportDto> {
    return this.entities.import(input);
  }

  @Get('entities')
  @ApiAuth({ units: PARTY_UNIT_RULES.entities }, 'party-committee', 'party-instructor', 'integrator')
  @ApiOperation({ operationId: 'partyListEntities', summary: 'List entities under survey by credit code; instructors see their assigned entities' })
  @ApiExport(SURVEYED_ENTITIES_EXPORT)
  @ApiOkResponse({ type: EntityPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: EntityQueryDto) {
    return this.entities.list(user, query);
  }

  @Get('entities/:id')
  @ApiAuth({ units: PARTY_UNIT_RULES.entity }, 'party-committee', 'party-instructor', 'integrator')
  @ApiOperation({ operationId: 'partyGetEntity', summary: 'Get one entity under survey' })
  @ApiOkResponse({ type: EntityDto })
  @ApiProblems(partyProblems.entityNotAssigned, partyProblems.entityNotFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<EntityDto> {
    return this.entities.get(user, id);
  }

  @Patch('entities/:id')
  @ApiAuth('party-committee')
  @ApiOperation({
    operationId: 'partyUpdateEntity',
    summary: 'Correct an entity: name, sector, park, management status (纳入管理) and the day it was taken under management',
  })
  @ApiOkResponse({ type: EntityDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(partyProblems.entityNotFound, surveyedEntityProblems.managementDateInvalid)
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: UpdateEntityDto): Promise<EntityDto> {
    return this.entities.update(user, id, input);
  }
}
