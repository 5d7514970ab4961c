import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, UuidString } from '#platform';
import { DEMAND_STATUSES, WORKER_GROUPS } from '../demand-rules.js';

export class CreateDemandDto {
  @ApiProperty({ enum: WORKER_GROUPS, enumName: 'WorkerGroup', example: 'delivery-rider' })
  @IsIn(WORKER_GROUPS)
  workerGroup!: string;

  @ApiProperty({ example: '夜间送餐后缺少热水和充电点' })
  @BoundedText(1, 200)
  title!: string;

  @ApiProperty({ example: '骑手反映晚上十点后附近无处补充热水、给电瓶充电。', description: 'What was asked; no personal data.' })
  @BoundedText(1, 2000)
  details!: string;

  @ApiProperty({ format: 'date', example: '2026-04-02' })
  @IsBusinessDate()
  collectedOn!: string;

  @ApiPropertyOptional({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', description: 'Red station where the demand was collected.' })
  @IsOptional()
  @UuidString()
  redStationId?: string;
}

export class DemandNoteDto {
  @ApiProperty({ example: '协调驿站延长开放至23:00，增设充电柜。' })
  @BoundedText(1, 2000)
  note!: string;
}

export class DemandQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DEMAND_STATUSES, enumName: 'DemandStatus', example: 'planned' })
  @IsOptional()
  @IsIn(DEMAND_STATUSES)
  status?: string;
}

export class DemandStepDto {
  @ApiProperty({ enum: ['collect', 'plan', 'follow-up', 'close'], example: 'plan' })
  action!: string;

  @ApiProperty({ example: '协调驿站延长开放至23:00，增设充电柜。' })
  note!: string;

  @ApiProperty({ example: 'committee-staff-01' })
  actor!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-03T02:00:00.000Z' })
  recordedAt!: string;
}

export class DemandDto {
  @ApiProperty({ format: 'uuid', example: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  id!: string;

  @ApiProperty({ enum: WORKER_GROUPS, enumName: 'WorkerGroup', example: 'delivery-rider' })
  workerGroup!: string;

  @ApiProperty({ example: '夜间送餐后缺少热水和充电点' })
  title!: string;

  @ApiProperty({ example: '骑手反映晚上十点后附近无处补充热水、给电瓶充电。' })
  details!: string;

  @ApiProperty({ enum: DEMAND_STATUSES, enumName: 'DemandStatus', example: 'planned' })
  status!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '协调驿站延长开放至23:00，增设充电柜。' })
  plan!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: null })
  outcome!: string | null;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  redStationId!: string | null;

  @ApiProperty({ format: 'date', example: '2026-04-02' })
  collectedOn!: string;

  @ApiProperty({ type: [DemandStepDto] })
  history!: DemandStepDto[];
}

export class DemandPageDto extends PageDtoOf(DemandDto) {}
