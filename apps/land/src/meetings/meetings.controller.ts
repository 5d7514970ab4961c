import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiAuth, ApiProblems, CurrentUser, IdempotentCreate, PageQueryDto, platformProblems, UuidParam, type AuthUser } from '#platform';
import { landProblems } from '../shared/land-problems.js';
import { meetingProblems } from './meeting-problems.js';
import {
  ActionItemDto,
  ActionItemInputDto,
  ActionItemPageDto,
  ActionItemQueryDto,
  CompleteActionItemDto,
  CreateMeetingDto,
  MeetingDto,
  MeetingPageDto,
} from './dto/meeting.dto.js';
import { MeetingsService } from './meetings.service.js';
import { LAND_UNIT_RULES } from '../unit-rules.js';

@ApiTags('land')
@Controller()
export class MeetingsController {
  constructor(private readonly meetings: MeetingsService) {}

  @Post('meetings')
  @HttpCode(201)
  @ApiAuth('land-staff')
  @ApiOperation({
    operationId: 'landCreateDispatchMeeting',
    summary: 'Record a dispatch meeting (专题调度会): departments, issues raised, decisions and action items',
  })
  @ApiCreatedResponse({ type: MeetingDto })
  @ApiProblems(landProblems.projectNotFound, platformProblems.dateOrder)
  @IdempotentCreate()
  create(@Body() input: CreateMeetingDto): Promise<MeetingDto> {
    return this.meetings.create(input);
  }

  @Get('meetings')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'landListDispatchMeetings', summary: 'Dispatch meetings, latest first, with their action items' })
  @ApiOkResponse({ type: MeetingPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  list(@Query() query: PageQueryDto) {
    return this.meetings.list(query);
  }

  @Get('meetings/:id')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'landGetDispatchMeeting', summary: 'One dispatch meeting with its action items' })
  @ApiOkResponse({ type: MeetingDto })
  @ApiProblems(meetingProblems.meetingNotFound)
  get(@UuidParam('id') id: string): Promise<MeetingDto> {
    return this.meetings.get(id);
  }

  @Post('meetings/:id/action-items')
  @HttpCode(201)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landAddActionItem', summary: 'Add an action item to a meeting' })
  @ApiCreatedResponse({ type: ActionItemDto })
  @ApiProblems(meetingProblems.meetingNotFound, landProblems.projectNotFound, platformProblems.dateOrder)
  @IdempotentCreate()
  addItem(@UuidParam('id') id: string, @Body() input: ActionItemInputDto): Promise<ActionItemDto> {
    return this.meetings.addItem(id, input);
  }

  @Post('action-items/:id/completion')
  @HttpCode(200)
  @ApiAuth({ units: LAND_UNIT_RULES.actionItem }, 'land-staff', 'task-force')
  @ApiOperation({ operationId: 'landCompleteActionItem', summary: "Mark an action item done; a task force may close its own project's items" })
  @ApiOkResponse({ type: ActionItemDto })
  @ApiProblems(meetingProblems.actionItemNotFound, meetingProblems.actionItemDone, platformProblems.dateInFuture, platformProblems.dateOrder)
  complete(@CurrentUser() user: AuthUser | undefined, @UuidParam('id') id: string, @Body() input: CompleteActionItemDto): Promise<ActionItemDto> {
    return this.meetings.complete(user, id, input);
  }

  @Get('projects/:id/action-items')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'landListProjectActionItems', summary: "A project's action items, soonest due first; filter open ones with status=open" })
  @ApiOkResponse({ type: ActionItemPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  @ApiProblems(landProblems.projectNotFound)
  projectItems(@UuidParam('id') id: string, @Query() query: ActionItemQueryDto) {
    return this.meetings.projectItems(id, query);
  }
}
