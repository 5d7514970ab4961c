import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, ApiPublic, IdempotentCreate, PageQueryDto, UuidParam, ZONE_UNIT } from '#platform';
import { CreateSupervisionItemDto, RetireSupervisionItemDto, SupervisionItemQueryDto, UpdateSupervisionItemDto } from './dto/create-supervision-item.dto.js';
import { SupervisionItemChangePageDto, SupervisionItemDto, SupervisionItemPageDto } from './dto/supervision-item.dto.js';
import { supervisionItemProblems } from './supervision-item-problems.js';
import { SupervisionItemsService } from './supervision-items.service.js';

@ApiTags('supervision')
@Controller('supervision-items')
export class SupervisionItemsController {
  constructor(private readonly items: SupervisionItemsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth({ units: ZONE_UNIT }, 'discipline-supervisor')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'supervisionCreateItem', summary: 'Add a supervision item (监督事项)' })
  @ApiCreatedResponse({ type: SupervisionItemDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(supervisionItemProblems.codeTaken, supervisionItemProblems.sourceEventTaken, supervisionItemProblems.sourceEventNeedsPerEvent)
  create(@Body() input: CreateSupervisionItemDto): Promise<SupervisionItemDto> {
    return this.items.create(input);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionListItems', summary: 'List supervision items by code (active ones unless asked)' })
  @ApiOkResponse({ type: SupervisionItemPageDto })
  list(@Query() query: SupervisionItemQueryDto) {
    return this.items.list(query);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionGetItem', summary: 'Get one supervision item' })
  @ApiOkResponse({ type: SupervisionItemDto })
  @ApiProblems(supervisionItemProblems.notFound)
  get(@UuidParam('id') id: string): Promise<SupervisionItemDto> {
    return this.items.get(id);
  }

  @Patch(':id')
  @ApiAuth({ units: ZONE_UNIT }, 'discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionUpdateItem', summary: "Change an item's rules or wording, with a reason kept in its public history" })
  @ApiOkResponse({ type: SupervisionItemDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(supervisionItemProblems.notFound, supervisionItemProblems.retired, supervisionItemProblems.sourceEventNeedsPerEvent)
  update(@UuidParam('id') id: string, @Body() input: UpdateSupervisionItemDto): Promise<SupervisionItemDto> {
    return this.items.update(id, input);
  }

  @Post(':id/retirement')
  @HttpCode(200)
  @ApiAuth({ units: ZONE_UNIT }, 'discipline-supervisor')
  @ApiOperation({ operationId: 'supervisionRetireItem', summary: 'Retire an item: it stops being due, its disclosures and history stay public' })
  @ApiOkResponse({ type: SupervisionItemDto })
  @ApiProblems(supervisionItemProblems.notFound, supervisionItemProblems.retired)
  retire(@UuidParam('id') id: string, @Body() input: RetireSupervisionItemDto): Promise<SupervisionItemDto> {
    return this.items.retire(id, input);
  }

  @Get(':id/history')
  @ApiPublic()
  @ApiOperation({ operationId: 'supervisionListItemHistory', summary: 'Public change history of an item, oldest first' })
  @ApiOkResponse({ type: SupervisionItemChangePageDto })
  @ApiProblems(supervisionItemProblems.notFound)
  history(@UuidParam('id') id: string, @Query() query: PageQueryDto) {
    return this.items.history(id, query);
  }
}
