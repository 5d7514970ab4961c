import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, PageQueryDto } from '#platform';
import { LandProjectPageDto } from './dto/land-project.dto.js';
import { LandProjectsService } from './land-projects.service.js';

@ApiTags('supervision')
@Controller('land-projects')
export class LandProjectsController {
  constructor(private readonly projects: LandProjectsService) {}

  @Get()
  @ApiAuth('discipline-supervisor')
  @ApiOperation({
    operationId: 'supervisionListSupervisedLandProjects',
    summary: 'List land-approval projects (用地报批) reported by the land service, newest first',
  })
  @ApiOkResponse({ type: LandProjectPageDto })
  list(@Query() query: PageQueryDto) {
    return this.projects.list(query);
  }
}
