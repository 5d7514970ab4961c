import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { redStationProblems } from './red-station-problems.js';
import { ApiAuth, ApiProblems, ApiPublic, IdempotentCreate, UuidParam } from '#platform';
import { CreateRedStationDto } from './dto/create-red-station.dto.js';
import { RedStationDto, RedStationPageDto } from './dto/red-station.dto.js';
import { RedStationQueryDto } from './dto/red-station-query.dto.js';
import { RedStationsService } from './red-stations.service.js';

@ApiTags('party')
@Controller('red-stations')
export class RedStationsController {
  constructor(private readonly stations: RedStationsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('party-committee')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'partyOpenRedStation', summary: 'Open a red station (红色驿站) for couriers and riders' })
  @ApiCreatedResponse({ type: RedStationDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  open(@Body() input: CreateRedStationDto): Promise<RedStationDto> {
    return this.stations.open(input);
  }

  @Get()
  @ApiPublic()
  @ApiOperation({
    operationId: 'partyListRedStations',
    summary: 'List red stations (红色驿站): newest first, or nearest first from a point',
    description: 'Public. With latitude and longitude, stations come nearest first with their distance in metres; withinMetres limits the radius.',
  })
  @ApiOkResponse({ type: RedStationPageDto })
  @ApiBadRequestResponse({ description: 'Invalid coordinates, or a radius without a point (problem+json with field errors).' })
  list(@Query() query: RedStationQueryDto) {
    return this.stations.list(query);
  }

  @Get(':id')
  @ApiPublic()
  @ApiOperation({ operationId: 'partyGetRedStation', summary: 'Get one red station' })
  @ApiOkResponse({ type: RedStationDto })
  @ApiProblems(redStationProblems.notFound)
  get(@UuidParam('id') id: string): Promise<RedStationDto> {
    return this.stations.get(id);
  }
}
