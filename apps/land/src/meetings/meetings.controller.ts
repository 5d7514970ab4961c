import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ApiAuth, CurrentUser, IdempotentCreate, PageQueryDto, UuidParam, type AuthUser } from '#platform';
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
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiNotFoundResponse({ description: '`project-not-found`.' })
  @ApiUnprocessableEntityResponse({
    description:
      '`date-order`: an action item falls due before the meeting (`errors[].field` names it, `earlier`/`later` carry both dates). Or: the Idempotency-Key was already used for a different request.',
  })
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
  @ApiNotFoundResponse({ description: '`meeting-not-found`.' })
  get(@UuidParam('id') id: string): Promise<MeetingDto> {
    return this.meetings.get(id);
  }

  @Post('meetings/:id/action-items')
  @HttpCode(201)
  @ApiAuth('land-staff')
  @ApiOperation({ operationId: 'landAddActionItem', summary: 'Add an action item to a meeting' })
  @ApiCreatedResponse({ type: ActionItemDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiNotFoundResponse({ description: '`meeting-not-found` or `project-not-found`.' })
  @ApiUnprocessableEntityResponse({
    description: '`date-order`: dueOn is before the meeting was held. Or: the Idempotency-Key was already used for a different request.',
  })
  @IdempotentCreate()
  addItem(@UuidParam('id') id: string, @Body() input: ActionItemInputDto): Promise<ActionItemDto> {
    return this.meetings.addItem(id, input);
  }

  @Post('action-items/:id/completion')
  @HttpCode(200)
  @ApiAuth({ units: LAND_UNIT_RULES.actionItem }, 'land-staff', 'task-force')
  @ApiOperation({ operationId: 'landCompleteActionItem', summary: "Mark an action item done; a task force may close its own project's items" })
  @ApiOkResponse({ type: ActionItemDto })
  @ApiBadRequestResponse({ description: 'Validation failed.' })
  @ApiNotFoundResponse({ description: '`action-item-not-found`.' })
  @ApiConflictResponse({ description: '`action-item-done`.' })
  @ApiUnprocessableEntityResponse({ description: '`date-in-future`, or `date-order`: doneOn is before the meeting was held.' })
  complete(@CurrentUser() user: AuthUser | undefined, @UuidParam('id') id: string, @Body() input: CompleteActionItemDto): Promise<ActionItemDto> {
    return this.meetings.complete(user, id, input);
  }

  @Get('projects/:id/action-items')
  @ApiAuth('land-staff', 'leadership', 'task-force')
  @ApiOperation({ operationId: 'landListProjectActionItems', summary: "A project's action items, soonest due first; filter open ones with status=open" })
  @ApiOkResponse({ type: ActionItemPageDto })
  @ApiBadRequestResponse({ description: 'Invalid limit, cursor or filter.' })
  @ApiNotFoundResponse({ description: '`project-not-found`.' })
  projectItems(@UuidParam('id') id: string, @Query() query: ActionItemQueryDto) {
    return this.meetings.projectItems(id, query);
  }
}
