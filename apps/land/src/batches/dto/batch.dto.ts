import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { SCHEDULE_STATUSES, type ScheduleStatus } from '../../schedule/schedule-rules.js';
import { BATCH_STATUSES, type BatchStatus } from '../batch-lifecycle.js';

export class ParcelDto {
  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21' })
  projectId!: string;

  @ApiProperty({ example: '安庆长风港二期' })
  projectName!: string;

  @ApiProperty({ example: 'CFG2-01' })
  parcelCode!: string;

  @ApiProperty({ example: '382.5400', description: 'Mu (亩), exact, 4 decimal places.' })
  areaMu!: string;

  @ApiPropertyOptional({ example: '港区码头及集装箱堆场用地', nullable: true, type: String })
  description!: string | null;
}

export class StageTimeDto {
  @ApiProperty({ enum: BATCH_STATUSES, enumName: 'BatchStatus', example: 'submitted' })
  status!: BatchStatus;

  @ApiProperty({ format: 'date', example: '2026-03-27' })
  enteredOn!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-02', nullable: true, type: String, description: 'Null while the batch is still in this stage.' })
  leftOn!: string | null;

  @ApiPropertyOptional({
    example: 4,
    nullable: true,
    type: Number,
    description: 'Working days spent (to today while open); null when the calendar lacks a year it spans.',
  })
  workingDays!: number | null;

  @ApiPropertyOptional({ example: '补充耕地占补平衡指标落实证明', nullable: true, type: String })
  note!: string | null;
}

export class BatchScheduleDto {
  @ApiProperty({ format: 'date', example: '2026-04-27' })
  targetDate!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-06-30', nullable: true, type: String })
  legalDueOn!: string | null;

  @ApiProperty({ enum: SCHEDULE_STATUSES, enumName: 'ScheduleStatus', example: 'on-track' })
  status!: ScheduleStatus;

  @ApiProperty({ example: 38, description: 'Working days since the batch opened (to its decision once decided).' })
  workingDaysElapsed!: number;

  @ApiProperty({ example: 12, description: 'Working days to the target; negative once passed.' })
  workingDaysLeft!: number;
}

export class BatchDto {
  @ApiProperty({ format: 'uuid', example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  id!: string;

  @ApiProperty({ example: '2026年第1批次城镇建设用地（长风港二期）' })
  name!: string;

  @ApiProperty({ enum: ['tracked', 'recorded'], example: 'tracked', description: '`recorded`: approved before the platform and entered as history.' })
  origin!: 'tracked' | 'recorded';

  @ApiProperty({ enum: BATCH_STATUSES, enumName: 'BatchStatus', example: 'submitted' })
  status!: BatchStatus;

  @ApiProperty({ format: 'date', example: '2026-02-02' })
  openedOn!: string;

  @ApiProperty({ example: '382.5400', description: 'Exact sum of the parcels (SQL numeric), mu.' })
  totalAreaMu!: string;

  @ApiProperty({ type: [ParcelDto] })
  parcels!: ParcelDto[];

  @ApiPropertyOptional({ example: '安徽省人民政府', nullable: true, type: String })
  approvingAuthority!: string | null;

  @ApiPropertyOptional({ example: '皖政地〔2026〕123号', nullable: true, type: String })
  documentNumber!: string | null;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-20', nullable: true, type: String, description: 'Day of approval or rejection.' })
  decidedOn!: string | null;

  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'Rejection reason.' })
  decisionNote!: string | null;

  @ApiProperty({ type: [StageTimeDto], description: 'Time spent per stage, to show where approvals wait.' })
  stages!: StageTimeDto[];

  @ApiPropertyOptional({
    type: BatchScheduleDto,
    nullable: true,
    description: 'Null without a target date, or when the calendar lacks a year the schedule spans.',
  })
  schedule!: BatchScheduleDto | null;

  @ApiProperty({ format: 'date-time', example: '2026-02-02T01:00:00.000Z' })
  createdAt!: string;
}

export class BatchPageDto extends PageDtoOf(BatchDto) {}

export class PublicParcelDto {
  @ApiProperty({ example: '安庆长风港二期' })
  projectName!: string;

  @ApiProperty({ example: '382.5400' })
  areaMu!: string;
}

/** What anyone may see of an approved batch: the approval and its areas. */
export class ApprovedBatchDto {
  @ApiProperty({ format: 'uuid', example: '3b241101-e2bb-4255-8caf-4136c566a962' })
  id!: string;

  @ApiProperty({ example: '2026年第1批次城镇建设用地（长风港二期）' })
  name!: string;

  @ApiProperty({ example: '安徽省人民政府' })
  approvingAuthority!: string;

  @ApiProperty({ example: '皖政地〔2026〕123号' })
  documentNumber!: string;

  @ApiProperty({ format: 'date', example: '2026-04-20' })
  approvedOn!: string;

  @ApiProperty({ example: '382.5400', description: 'Exact sum of the parcels, mu (亩).' })
  totalAreaMu!: string;

  @ApiProperty({ type: [PublicParcelDto] })
  parcels!: PublicParcelDto[];
}

export class ApprovedBatchPageDto extends PageDtoOf(ApprovedBatchDto) {}

/** When land supply (供地) started for a project, and the approval that started it. */
export class LandSupplyDto {
  @ApiProperty({ format: 'uuid', example: '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9' })
  projectId!: string;

  @ApiProperty({ format: 'uuid', example: '7c6b5a49-3827-4165-9f8e-7d6c5b4a3928', description: 'The approved batch that started it.' })
  batchId!: string;

  @ApiProperty({ format: 'date', example: '2022-04-22', description: "The batch's approval date." })
  approvedOn!: string;

  @ApiProperty({ format: 'date', example: '2022-04-22', description: 'Day land supply started: the approval date unless corrected.' })
  supplyStartedOn!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-20T02:00:00.000Z', description: 'When the start was recorded.' })
  recordedAt!: string;
}
