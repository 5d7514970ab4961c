import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, ValidateNested, IsDefined } from 'class-validator';
import { BoundedText, BoundedArray } from '#platform';
import { TASK_FORCE_ROLES, type TaskForceRole } from '../project.entity.js';

export class ResponsibleLeaderDto {
  @ApiProperty({ example: 'leader-wang', description: "The leader's user id (token subject)." })
  @BoundedText(1, 100)
  userId!: string;

  @ApiProperty({ example: '王主任' })
  @BoundedText(1, 100)
  name!: string;

  @ApiProperty({ example: '经开区管委会副主任' })
  @BoundedText(1, 200)
  position!: string;
}

export class TaskForceMemberDto {
  @ApiProperty({ example: 'tf-li', description: "The member's user id (token subject); it lets them edit this project." })
  @BoundedText(1, 100)
  userId!: string;

  @ApiProperty({ example: '李工' })
  @BoundedText(1, 100)
  name!: string;

  @ApiProperty({ example: '自然资源和规划分局', description: 'Department the member comes from.' })
  @BoundedText(1, 200)
  department!: string;

  @ApiProperty({ enum: TASK_FORCE_ROLES, enumName: 'TaskForceRole', example: 'lead' })
  @IsIn(TASK_FORCE_ROLES)
  role!: TaskForceRole;
}

export class TaskForceDto {
  @ApiProperty({ example: '长风港二期用地报批工作专班' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ type: [TaskForceMemberDto] })
  @ValidateNested({ each: true })
  @Type(() => TaskForceMemberDto)
  @BoundedArray(1, 50)
  members!: TaskForceMemberDto[];
}

/** The "four ones" (四个一): one project, one responsible leader, one task force. */
export class AssignmentDto {
  @ApiProperty({ type: ResponsibleLeaderDto, description: '包保领导' })
  @IsDefined()
  @ValidateNested()
  @Type(() => ResponsibleLeaderDto)
  responsibleLeader!: ResponsibleLeaderDto;

  @ApiProperty({ type: TaskForceDto, description: '工作专班' })
  @IsDefined()
  @ValidateNested()
  @Type(() => TaskForceDto)
  taskForce!: TaskForceDto;
}
