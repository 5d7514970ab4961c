import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PageQueryDto, IsBusinessDate, BoundedText, MatchesPattern, BoundedArray, UuidString } from '#platform';
import { AREA_MU_PATTERN } from '../../shared/land-validation.js';
import { BATCH_STATUSES, type BatchStatus } from '../batch-lifecycle.js';

export const MAX_PARCELS_PER_BATCH = 200;

export class ParcelInputDto {
  @ApiProperty({ format: 'uuid', example: '0b7f4c9e-2a61-4c55-9d0c-6f1f3b0a8e21', description: 'The project the parcel serves.' })
  @UuidString()
  projectId!: string;

  @ApiProperty({ example: 'CFG2-01', description: 'Parcel code (地块编号), unique within the batch.' })
  @BoundedText(1, 50)
  parcelCode!: string;

  @ApiProperty({ example: '382.54', description: 'Area in mu (亩), a decimal string with at most 4 places; never a number.' })
  @IsString()
  @MatchesPattern(AREA_MU_PATTERN, { message: 'areaMu must be a decimal string with at most 4 decimal places, e.g. "382.54"' })
  areaMu!: string;

  @ApiPropertyOptional({ example: '港区码头及集装箱堆场用地' })
  @IsOptional()
  @BoundedText(1, 500)
  description?: string;
}

export class CreateBatchDto {
  @ApiProperty({ example: '2026年第1批次城镇建设用地（长风港二期）', description: 'Batch name, unique.' })
  @BoundedText(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: '2026-02-02', format: 'date', description: 'Day preparation began (Asia/Shanghai); today when absent.' })
  @IsOptional()
  @IsBusinessDate()
  openedOn?: string;

  @ApiPropertyOptional({ example: '2026-04-27', format: 'date', description: 'Internal target for the approval (内部目标).' })
  @IsOptional()
  @IsBusinessDate()
  targetDate?: string;

  @ApiPropertyOptional({ example: '2026-06-30', format: 'date', description: 'Statutory or external deadline, kept apart from the internal target.' })
  @IsOptional()
  @IsBusinessDate()
  legalDueOn?: string;

  @ApiPropertyOptional({ type: [ParcelInputDto], description: 'Parcels to start with; more can be added while preparing.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ParcelInputDto)
  @BoundedArray(0, MAX_PARCELS_PER_BATCH)
  parcels?: ParcelInputDto[];
}

export class BatchScheduleInputDto {
  @ApiProperty({ example: '2026-04-27', format: 'date', description: 'Internal target for the approval (内部目标).' })
  @IsBusinessDate()
  targetDate!: string;

  @ApiPropertyOptional({ example: '2026-06-30', format: 'date', description: 'Statutory or external deadline, kept apart from the internal target.' })
  @IsOptional()
  @IsBusinessDate()
  legalDueOn?: string;
}

export class TransitionDateDto {
  @ApiProperty({ example: '2026-03-24', format: 'date', description: 'Day it happened (Asia/Shanghai): not before the previous step, not in the future.' })
  @IsBusinessDate()
  on!: string;

  @ApiPropertyOptional({ example: '材料已齐备' })
  @IsOptional()
  @BoundedText(1, 2000)
  note?: string;
}

export class SupplementRequestDto {
  @ApiProperty({ example: '2026-04-02', format: 'date' })
  @IsBusinessDate()
  on!: string;

  @ApiProperty({ example: '补充耕地占补平衡指标落实证明', description: 'What the authority asked to supplement (补件).' })
  @BoundedText(1, 2000)
  note!: string;
}

export class ApproveBatchDto {
  @ApiProperty({ example: '安徽省人民政府' })
  @BoundedText(1, 200)
  approvingAuthority!: string;

  @ApiProperty({ example: '皖政地〔2026〕123号', description: 'Approval document number (批复文号).' })
  @BoundedText(1, 100)
  documentNumber!: string;

  @ApiProperty({ example: '2026-04-20', format: 'date', description: 'Date of the approval (Asia/Shanghai).' })
  @IsBusinessDate()
  approvedOn!: string;
}

export class RejectBatchDto {
  @ApiProperty({ example: '安徽省人民政府' })
  @BoundedText(1, 200)
  approvingAuthority!: string;

  @ApiPropertyOptional({ example: '皖自然资函〔2026〕45号' })
  @IsOptional()
  @BoundedText(1, 100)
  documentNumber?: string;

  @ApiProperty({ example: '2026-05-12', format: 'date' })
  @IsBusinessDate()
  rejectedOn!: string;

  @ApiProperty({ example: '耕地占补平衡指标未落实' })
  @BoundedText(1, 2000)
  reason!: string;
}

/** A batch approved before this platform, entered as history (历史批次). */
export class RecordApprovedBatchDto {
  @ApiProperty({ example: '2023年第2批次城镇建设用地' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ example: '安徽省人民政府' })
  @BoundedText(1, 200)
  approvingAuthority!: string;

  @ApiProperty({ example: '皖政地〔2023〕456号' })
  @BoundedText(1, 100)
  documentNumber!: string;

  @ApiProperty({ example: '2023-06-15', format: 'date', description: 'Approval date; land supply for its projects is recorded as starting that day.' })
  @IsBusinessDate()
  approvedOn!: string;

  @ApiProperty({ type: [ParcelInputDto] })
  @ValidateNested({ each: true })
  @Type(() => ParcelInputDto)
  @BoundedArray(1, MAX_PARCELS_PER_BATCH)
  parcels!: ParcelInputDto[];
}

export class BatchListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: BATCH_STATUSES, enumName: 'BatchStatus', example: 'submitted' })
  @IsOptional()
  @IsIn(BATCH_STATUSES)
  status?: BatchStatus;
}

export class CorrectLandSupplyDto {
  @ApiProperty({
    example: '2022-04-22',
    format: 'date',
    description: 'Day land supply (供地) actually started: not before the approval of the batch that started it, not in the future.',
  })
  @IsBusinessDate()
  supplyStartedOn!: string;

  @ApiProperty({ example: '供地实际于批复当日启动，系统补录时误记为录入日', description: 'Why the day is corrected; kept in the audit trail.' })
  @BoundedText(1, 1000)
  reason!: string;
}
