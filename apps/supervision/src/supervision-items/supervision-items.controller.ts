import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiPublic, PageQueryDto } from '#platform';
import { CreateSupervisionItemDto } from './dto/create-supervision-item.dto.js';
import { SupervisionItemDto, SupervisionItemPageDto } from './dto/supervision-item.dto.js';
import { SupervisionItemsService } from './supervision-items.service.js';

@ApiTags('supervision')
@Controller('supervision-items')
export class SupervisionItemsController {
  constructor(private readonly items: SupervisionItemsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('discipline-supervisor')
  @ApiOperation({ operationId: 'createSupervisionItem', summary: 'Add a supervision item (监督事项)' })
  @ApiCreatedResponse({ type: SupervisionItemDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiConflictResponse({ description: 'An item with this code exists (problem `supervision-item-code-taken`).' })
  create(@Body() input: CreateSupervisionItemDto): Promise<SupervisionItemDto> {
    return this.items.create(input);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({ operationId: 'listSupervisionItems', summary: 'List supervision items by code' })
  @ApiOkResponse({ type: SupervisionItemPageDto })
  list(@Query() query: PageQueryDto) {
    return this.items.list(query);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'getSupervisionItem', summary: 'Get one supervision item' })
  @ApiOkResponse({ type: SupervisionItemDto })
  @ApiNotFoundResponse({ description: 'No such supervision item.' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<SupervisionItemDto> {
    return this.items.get(id);
  }
}
