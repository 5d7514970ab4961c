import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, ValidateNested } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, BoundedArray, UuidString } from '#platform';
import { MEETING_ISSUE_CATEGORIES, type MeetingIssueCategory } from '../dispatch-meeting.entity.js';

export const MAX_ACTION_ITEMS_PER_MEETING = 100;

export class MeetingIssueDto {
  @ApiProperty({
    enum: MEETING_ISSUE_CATEGORIES,
    enumName: 'MeetingIssueCategory',
    example: 'farmland-balance',
    description: 'funding 资金保障, land-use-quota 用地计划指标, farmland-balance 耕地占补平衡指标, …',
  })
  @IsIn(MEETING_ISSUE_CATEGORIES)
  category!: MeetingIssueCategory;

  @ApiProperty({ example: '耕地占补平衡指标缺口需市级统筹' })
  @BoundedText(1, 1000)
  description!: string;
}

export class ActionItemInputDto {
  @ApiPropertyOptional({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21', description: 'Project the action serves, if any.' })
  @IsOptional()
  @UuidString()
  projectId?: string;

  @ApiProperty({ example: '协调市资规局落实耕地占补平衡指标' })
  @BoundedText(1, 1000)
  description!: string;

  @ApiProperty({ example: '国土规划建设局', description: 'Owner: department or person answerable.' })
  @BoundedText(1, 200)
  owner!: string;

  @ApiProperty({ example: '2026-02-20', format: 'date', description: 'Not before the meeting was held (422 `date-order`).' })
  @IsBusinessDate()
  dueOn!: string;
}

export class CreateMeetingDto {
  @ApiProperty({ example: '长风港二期用地报批专题调度会' })
  @BoundedText(1, 200)
  title!: string;

  @ApiProperty({ example: '2026-02-06', format: 'date' })
  @IsBusinessDate()
  heldOn!: string;

  @ApiProperty({ type: [String], example: ['安庆市自然资源和规划局', '市林业局', '市交通运输局', '市司法局', '市人社局'], description: 'Departments present.' })
  @BoundedArray(1, 50)
  @BoundedText(1, 200, { each: true })
  departments!: string[];

  @ApiProperty({ type: [MeetingIssueDto] })
  @ValidateNested({ each: true })
  @Type(() => MeetingIssueDto)
  @BoundedArray(0, 50)
  issues!: MeetingIssueDto[];

  @ApiProperty({ type: [String], example: ['由市资规局统筹耕地占补平衡指标'] })
  @BoundedArray(0, 50)
  @BoundedText(1, 1000, { each: true })
  decisions!: string[];

  @ApiProperty({ type: [String], example: ['0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21'], description: 'Projects discussed.' })
  @BoundedArray(0, 50)
  @UuidString({ each: true })
  projectIds!: string[];

  @ApiPropertyOptional({ type: [ActionItemInputDto], description: 'Action items decided, with owners and due dates.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ActionItemInputDto)
  @BoundedArray(0, MAX_ACTION_ITEMS_PER_MEETING)
  actionItems?: ActionItemInputDto[];
}

export class CompleteActionItemDto {
  @ApiProperty({ example: '2026-02-18', format: 'date', description: 'Not before the meeting was held (422 `date-order`), not in the future.' })
  @IsBusinessDate()
  doneOn!: string;
}

export class ActionItemQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ['open', 'done'], enumName: 'ActionItemStatus', example: 'open' })
  @IsOptional()
  @IsIn(['open', 'done'])
  status?: 'open' | 'done';
}

export class ActionItemDto {
  @ApiProperty({ format: 'uuid', example: '9b2e4f1a-3c5d-4e6f-8a7b-1c2d3e4f5a6b' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' })
  meetingId!: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21', nullable: true, type: String })
  projectId!: string | null;

  @ApiProperty({ example: '协调市资规局落实耕地占补平衡指标' })
  description!: string;

  @ApiProperty({ example: '国土规划建设局' })
  owner!: string;

  @ApiProperty({ format: 'date', example: '2026-02-20' })
  dueOn!: string;

  @ApiProperty({ enum: ['open', 'done'], enumName: 'ActionItemStatus', example: 'open' })
  status!: 'open' | 'done';

  @ApiPropertyOptional({ format: 'date', example: null, nullable: true, type: String })
  doneOn!: string | null;

  @ApiProperty({ example: false, description: 'Open past its due date (Asia/Shanghai).' })
  overdue!: boolean;
}

export class ActionItemPageDto extends PageDtoOf(ActionItemDto) {}

export class MeetingDto {
  @ApiProperty({ format: 'uuid', example: '1f0e2d3c-4b5a-4968-8776-a5b4c3d2e1f0' })
  id!: string;

  @ApiProperty({ example: '长风港二期用地报批专题调度会' })
  title!: string;

  @ApiProperty({ format: 'date', example: '2026-02-06' })
  heldOn!: string;

  @ApiProperty({ type: [String], example: ['安庆市自然资源和规划局', '市林业局'] })
  departments!: string[];

  @ApiProperty({ type: [MeetingIssueDto] })
  issues!: MeetingIssueDto[];

  @ApiProperty({ type: [String], example: ['由市资规局统筹耕地占补平衡指标'] })
  decisions!: string[];

  @ApiProperty({ type: [String], example: ['0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21'] })
  projectIds!: string[];

  @ApiProperty({ type: [ActionItemDto] })
  actionItems!: ActionItemDto[];
}

export class MeetingPageDto extends PageDtoOf(MeetingDto) {}
