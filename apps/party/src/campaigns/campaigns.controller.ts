import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, IdempotentCreate, PageQueryDto, UuidParam } from '#platform';
import { campaignProblems } from './campaign-problems.js';
import { CampaignsService } from './campaigns.service.js';
import { CampaignDto, CampaignPageDto, CreateCampaignDto } from './dto/campaign.dto.js';

@ApiTags('party')
@Controller('survey-campaigns')
export class CampaignsController {
  constructor(private readonly campaigns: CampaignsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('party-committee')
  @IdempotentCreate()
  @ApiOperation({
    operationId: 'partyCreateSurveyCampaign',
    summary: 'Start a survey sweep (地毯式摸排) of sectors across one or more parks with assigned surveyors',
  })
  @ApiCreatedResponse({ type: CampaignDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiProblems(campaignProblems.nameTaken)
  @ApiUnprocessableEntityResponse({ description: '`date-order`: endsOn is before startsOn.' })
  create(@Body() input: CreateCampaignDto): Promise<CampaignDto> {
    return this.campaigns.create(input);
  }

  @Get()
  @ApiAuth('party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyListSurveyCampaigns', summary: 'List survey campaigns with coverage so far, newest first' })
  @ApiOkResponse({ type: CampaignPageDto })
  list(@Query() query: PageQueryDto) {
    return this.campaigns.list(query.limit, query.cursor);
  }

  @Get(':id')
  @ApiAuth('party-committee', 'party-instructor')
  @ApiOperation({ operationId: 'partyGetSurveyCampaign', summary: 'Get one survey campaign with its coverage' })
  @ApiOkResponse({ type: CampaignDto })
  @ApiProblems(campaignProblems.notFound)
  get(@UuidParam('id') id: string): Promise<CampaignDto> {
    return this.campaigns.get(id);
  }
}
