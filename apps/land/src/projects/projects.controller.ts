import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
  ApiBody,
} from '@nestjs/swagger';
import { ApiAuth, IdempotentCreate, PageQueryDto, UuidParam } from '#platform';
import { AssignmentDto } from './dto/assignment.dto.js';
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
  @ApiOperation({
    operationId: 'landRegisterProject',
    summary: 'Register a key project needing land approval (用地报批); its six pre-work steps start out pending',
  })
  @ApiBody({
    type: CreateProjectDto,
    // Without an id, so "Try it out" succeeds every time (a caller-chosen id is taken after the first).
    examples: {
      project: {
        summary: 'A new project; the platform assigns its id',
        value: { name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54' },
      },
    },
  })
  @ApiCreatedResponse({ type: ProjectDto })
  @ApiBadRequestResponse({ description: 'Validation failed (problem+json with field errors).' })
  @ApiConflictResponse({ description: '`project-id-taken`: the caller-chosen id is in use. Or: a request with this Idempotency-Key is still being handled.' })
  @ApiUnprocessableEntityResponse({
    description: '`schedule-incomplete`, `target-before-start` or `calendar-year-missing`. Or: the Idempotency-Key was already used for a different request.',
  })
  @IdempotentCreate()
  register(@Body() input: CreateProjectDto): Promise<ProjectDto> {
    return this.projects.register(input);
  }

  @Get()
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'landListProjects', summary: 'List projects, newest first' })
  @ApiOkResponse({ type: ProjectPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  list(@Query() query: PageQueryDto) {
    return this.projects.list(query);
  }

  @Get(':id')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'landGetProject', summary: 'Get one project with its responsible leader and task force' })
  @ApiOkResponse({ type: ProjectDto })
  @ApiNotFoundResponse({ description: 'No such project.' })
  get(@UuidParam('id') id: string): Promise<ProjectDto> {
    return this.projects.get(id);
  }

  @Put(':id/assignment')
  @ApiAuth('land-staff')
  @ApiOperation({
    operationId: 'landAssignProject',
    summary: 'Set the "four ones" (四个一): the responsible leader (包保领导) and the task force (工作专班) with members and roles',
  })
  @ApiOkResponse({ type: ProjectDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiNotFoundResponse({ description: 'No such project.' })
  @ApiUnprocessableEntityResponse({ description: '`duplicate-task-force-member` or `task-force-lead-required` (exactly one lead).' })
  assign(@UuidParam('id') id: string, @Body() input: AssignmentDto): Promise<ProjectDto> {
    return this.projects.assign(id, input);
  }
}
