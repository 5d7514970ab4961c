import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiBody } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, IdempotentCreate, PageQueryDto, platformProblems, UuidParam } from '#platform';
import { landProblems } from '../shared/land-problems.js';
import { AssignmentDto } from './dto/assignment.dto.js';
import { CreateProjectDto } from './dto/create-project.dto.js';
import { ProjectDto, ProjectPageDto } from './dto/project.dto.js';
import { projectProblems } from './project-problems.js';
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
  @ApiProblems(projectProblems.projectIdTaken, projectProblems.scheduleIncomplete, landProblems.targetBeforeStart, platformProblems.calendarYearMissing)
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
  @ApiProblems(landProblems.projectNotFound)
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
  @ApiProblems(landProblems.projectNotFound, projectProblems.duplicateTaskForceMember, projectProblems.taskForceLeadRequired)
  assign(@UuidParam('id') id: string, @Body() input: AssignmentDto): Promise<ProjectDto> {
    return this.projects.assign(id, input);
  }
}
