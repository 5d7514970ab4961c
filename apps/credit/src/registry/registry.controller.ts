import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiAuth,
  ApiExport,
  ApiProblems,
  ApiPublic,
  CurrentUser,
  IdempotentCreate,
  OwnRecordAccessPageDto,
  PageQueryDto,
  UuidParam,
  type AuthUser,
} from '#platform';
import { CommunityDto, CommunityPageDto, CreateCommunityDto } from './dto/community.dto.js';
import { CreateHouseholdDto, HouseholdDto, HouseholdPageDto, ListHouseholdsQueryDto } from './dto/household.dto.js';
import {
  CreateResidentDto,
  ListResidentsQueryDto,
  MoveResidentDto,
  ResidentDto,
  ResidentLookupDto,
  ResidentPageDto,
  UpdateResidentDto,
} from './dto/resident.dto.js';
import { ResidentImportDto, ResidentImportReportDto } from './dto/resident-import.dto.js';
import { creditProblems } from '../shared/credit-problems.js';
import { registryProblems } from './registry-problems.js';
import { RegistryService } from './registry.service.js';
import { CREDIT_UNIT_RULES } from '../unit-rules.js';
import { RESIDENTS_EXPORT } from './residents.export.js';

const VALIDATION = { description: 'Validation failed (problem+json with field errors), e.g. an ID number whose check digit does not match.' };

@ApiTags('credit')
@Controller('communities')
export class CommunitiesController {
  constructor(private readonly registry: RegistryService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.newCommunity }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditCreateCommunity',
    summary: 'Register a pilot community (信用社区) under a sub-district; sub-district or zone staff only',
  })
  @ApiCreatedResponse({ type: CommunityDto })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(registryProblems.subDistrictForbidden, registryProblems.communityCodeTaken)
  create(@CurrentUser() user: AuthUser, @Body() input: CreateCommunityDto): Promise<CommunityDto> {
    return this.registry.createCommunity(user, input);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'creditListCommunities', summary: 'List the credit communities by code' })
  @ApiOkResponse({ type: CommunityPageDto })
  list(@Query() query: PageQueryDto) {
    return this.registry.listCommunities(query.limit, query.cursor);
  }
}

@ApiTags('credit')
@Controller('households')
export class HouseholdsController {
  constructor(private readonly registry: RegistryService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.namedCommunity }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditCreateHousehold', summary: 'Register a household (户) in a community; it gets a credit service level card number' })
  @ApiCreatedResponse({ type: HouseholdDto })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(creditProblems.communityForbidden, creditProblems.communityNotFound, registryProblems.householdNumberTaken, registryProblems.cardNumberCollision)
  create(@CurrentUser() user: AuthUser, @Body() input: CreateHouseholdDto): Promise<HouseholdDto> {
    return this.registry.createHousehold(user, input);
  }

  @Get()
  @ApiAuth({ units: CREDIT_UNIT_RULES.households }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditListHouseholds', summary: 'List households: staff see their communities, a resident their own household' })
  @ApiOkResponse({ type: HouseholdPageDto })
  list(@CurrentUser() user: AuthUser, @Query() query: ListHouseholdsQueryDto) {
    return this.registry.listHouseholds(user, query);
  }

  @Get(':id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.household }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditGetHousehold', summary: 'Get a household with its score and rating' })
  @ApiOkResponse({ type: HouseholdDto })
  @ApiProblems(registryProblems.householdForbidden, creditProblems.householdNotFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<HouseholdDto> {
    return this.registry.getHousehold(user, id);
  }
}

@ApiTags('credit')
@Controller('residents')
export class ResidentsController {
  constructor(private readonly registry: RegistryService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.namedCommunity }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditCreateResident',
    summary: 'Register a resident (居民) in a household; ID number and phone are validated and stored encrypted',
  })
  @ApiCreatedResponse({ type: ResidentDto })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(
    creditProblems.communityForbidden,
    creditProblems.communityNotFound,
    registryProblems.unknownHousehold,
    registryProblems.residentAlreadyRegistered,
    registryProblems.accountAlreadyLinked,
  )
  create(@CurrentUser() user: AuthUser, @Body() input: CreateResidentDto): Promise<ResidentDto> {
    return this.registry.createResident(user, input);
  }

  @Get()
  @ApiAuth({ units: CREDIT_UNIT_RULES.residents }, 'credit-staff', 'resident')
  @ApiOperation({
    operationId: 'creditListResidents',
    summary: 'List residents: staff see their communities in full, a resident their household masked (`mine=true`: only themselves)',
  })
  @ApiOkResponse({ type: ResidentPageDto })
  @ApiExport(RESIDENTS_EXPORT)
  list(@CurrentUser() user: AuthUser, @Query() query: ListResidentsQueryDto) {
    return this.registry.listResidents(user, query);
  }

  @Post('lookups')
  @HttpCode(200)
  @ApiAuth({ units: CREDIT_UNIT_RULES.residentByStaff }, 'credit-staff')
  @ApiOperation({ operationId: 'creditLookUpResident', summary: 'Find a resident of your communities by ID number (sent in the body, matched by keyed hash)' })
  @ApiOkResponse({ type: ResidentDto })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(registryProblems.residentByIdNumberNotFound)
  lookup(@CurrentUser() user: AuthUser, @Body() input: ResidentLookupDto): Promise<ResidentDto> {
    return this.registry.lookup(user, input.idNumber);
  }

  @Get('me/access-log')
  @ApiAuth({ units: CREDIT_UNIT_RULES.ownRecord }, 'resident')
  @ApiOperation({
    operationId: 'creditListOwnRecordAccess',
    summary: "Who saw my ID number, phone or full name: the viewer's name, role and unit, the fields, when and through which operation; newest first",
  })
  @ApiOkResponse({ type: OwnRecordAccessPageDto })
  @ApiProblems(registryProblems.ownResidentNotFound)
  ownAccessLog(@CurrentUser() user: AuthUser, @Query() query: PageQueryDto) {
    return this.registry.ownAccessLog(user, query);
  }

  @Get(':id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.resident }, 'credit-staff', 'resident')
  @ApiOperation({ operationId: 'creditGetResident', summary: "Get a resident: their community's staff, or the resident themselves" })
  @ApiOkResponse({ type: ResidentDto })
  @ApiProblems(creditProblems.communityForbidden, creditProblems.residentNotFound)
  get(@CurrentUser() user: AuthUser, @UuidParam('id') id: string): Promise<ResidentDto> {
    return this.registry.getResident(user, id);
  }

  @Patch(':id')
  @ApiAuth({ units: CREDIT_UNIT_RULES.residentWrite }, 'credit-staff')
  @ApiOperation({ operationId: 'creditUpdateResident', summary: "Correct a resident's name or phone, or link their account" })
  @ApiOkResponse({ type: ResidentDto })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(creditProblems.communityForbidden, creditProblems.residentNotFound, registryProblems.accountAlreadyLinked)
  update(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: UpdateResidentDto): Promise<ResidentDto> {
    return this.registry.updateResident(user, id, input);
  }

  @Post(':id/moves')
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.residentMove }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'creditMoveResident', summary: 'Move a resident to another household or community; their points history moves with them' })
  @ApiCreatedResponse({ type: ResidentDto })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(
    creditProblems.communityForbidden,
    creditProblems.residentNotFound,
    creditProblems.communityNotFound,
    registryProblems.unknownHousehold,
    registryProblems.alreadyInHousehold,
  )
  move(@CurrentUser() user: AuthUser, @UuidParam('id') id: string, @Body() input: MoveResidentDto): Promise<ResidentDto> {
    return this.registry.moveResident(user, id, input);
  }
}

@ApiTags('credit')
@Controller('resident-imports')
export class ResidentImportsController {
  constructor(private readonly registry: RegistryService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: CREDIT_UNIT_RULES.namedCommunity }, 'credit-staff')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'creditImportResidents',
    summary: "Bulk-register a community's residents from CSV with a per-row report; the file is imported whole or not at all",
  })
  @ApiCreatedResponse({ type: ResidentImportReportDto, description: 'Imported (or, with `dryRun`, checked: `imported: false`).' })
  @ApiBadRequestResponse(VALIDATION)
  @ApiProblems(
    creditProblems.communityForbidden,
    creditProblems.communityNotFound,
    registryProblems.invalidCsv,
    registryProblems.importRejected,
    registryProblems.residentAlreadyRegistered,
  )
  import(@CurrentUser() user: AuthUser, @Body() input: ResidentImportDto): Promise<ResidentImportReportDto> {
    return this.registry.importResidents(user, input);
  }
}
