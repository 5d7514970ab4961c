import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, IdempotentCreate, PageQueryDto } from '#platform';
import { CreateProjectDto } from './dto/create-project.dto.js';
import { ProjectDto, ProjectPageDto } from './dto/project.dto.js';
import { ProjectsService } from './projects.service.js';

@ApiTags('land')
@Controller('projects')
export class ProjectsController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @HttpCode(201)
  @ApiAuth('land-staff')
  @IdempotentCreate()
  @ApiOperation({ operationId: 'registerLandProject', summary: 'Register a key project needing land approval (用地报批)' })
  @ApiCreatedResponse({ type: ProjectDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  register(@Body() input: CreateProjectDto): Promise<ProjectDto> {
    return this.projects.register(input);
  }

  @Get()
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'listLandProjects', summary: 'List projects, newest first' })
  @ApiOkResponse({ type: ProjectPageDto })
  list(@Query() query: PageQueryDto) {
    return this.projects.list(query);
  }

  @Get(':id')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'getLandProject', summary: 'Get one project' })
  @ApiOkResponse({ type: ProjectDto })
  @ApiNotFoundResponse({ description: 'No such project.' })
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<ProjectDto> {
    return this.projects.get(id);
  }
}
