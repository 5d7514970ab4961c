import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, BoundedText, BoundedInt, UuidString, IsBusinessDate } from '#platform';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';
import { FINDING_KINDS, RECTIFICATION_STATUSES, type FindingKind, type RectificationStatus } from '../spot-check-rules.js';

export class DrawSpotCheckDto {
  @ApiProperty({
    example: '2026年第二季度抽查-纪监工委',
    description: 'Seed of the draw: the same seed over the same published records gives the same sample, so anyone can check it.',
  })
  @BoundedText(1, 200)
  seed!: string;

  @ApiProperty({ example: 5 })
  @BoundedInt(1, 200)
  sampleSize!: number;

  @ApiPropertyOptional({ example: 'shengtang', description: 'Only records of this unit.' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiPropertyOptional({ example: 'L-02', description: 'Only records of this item.' })
  @IsOptional()
  @BoundedText(1, 32)
  itemCode?: string;

  @ApiPropertyOptional({ example: '2026-04', description: 'Only records of this period.' })
  @IsOptional()
  @BoundedText(4, 10)
  period?: string;
}

export class SampledDisclosureDto {
  @ApiProperty({ example: 1 })
  position!: number;

  @ApiProperty({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13' })
  disclosureId!: string;

  @ApiProperty({ example: 1, description: 'Version checked.' })
  disclosureVersion!: number;
}

export class SpotCheckDto {
  @ApiProperty({ format: 'uuid', example: '9c4e1a7b-3d2f-4e8a-b6c1-7f0d2e5a8b93' })
  id!: string;

  @ApiProperty({ example: '2026年第二季度抽查-纪监工委' })
  seed!: string;

  @ApiProperty({ example: 'shengtang', nullable: true, type: String })
  unitCode!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  itemCode!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  period!: string | null;

  @ApiProperty({ example: 5 })
  requestedSize!: number;

  @ApiProperty({ example: 37, description: 'Published records the sample was drawn from.' })
  populationSize!: number;

  @ApiProperty({ example: '5f2b…', description: 'SHA-256 over the population ids in id order.' })
  populationDigest!: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-08T07:00:00.000Z' })
  drawnAt!: string;

  @ApiProperty({ type: [SampledDisclosureDto] })
  sample!: SampledDisclosureDto[];
}

export class SpotCheckPageDto extends PageDtoOf(SpotCheckDto) {}

export class SpotCheckVerificationDto {
  @ApiProperty({ example: true, description: 'Redrawing with the stored seed over the records published by drawing time gives the stored sample.' })
  reproducible!: boolean;

  @ApiProperty({ example: true })
  populationMatches!: boolean;

  @ApiProperty({ type: [String], example: ['2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13'] })
  redrawn!: string[];
}

export class RaiseFindingDto {
  @ApiProperty({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13', description: "A disclosure in this spot check's sample." })
  @UuidString()
  disclosureId!: string;

  @ApiProperty({
    enum: FINDING_KINDS,
    enumName: 'FindingKind',
    example: 'omission',
    description: 'omission (遗漏、少报), late, format or content not meeting requirements.',
  })
  @IsIn(FINDING_KINDS)
  kind!: FindingKind;

  @ApiProperty({ example: '花名册漏报1名儿童' })
  @BoundedText(1, 2000)
  description!: string;

  @ApiPropertyOptional({ example: 5, default: 5, description: 'Working days the unit has to rectify.' })
  @IsOptional()
  @BoundedInt(1, 30)
  rectificationWorkingDays?: number;
}

export class RectificationNoteDto {
  @ApiProperty({ example: '已发布更正版本（第2版），补录漏报儿童' })
  @BoundedText(1, 2000)
  note!: string;
}

export class ReturnRectificationDto extends RectificationNoteDto {
  @ApiPropertyOptional({ example: 3, default: 3, description: 'Working days for the new attempt.' })
  @IsOptional()
  @BoundedInt(1, 30)
  workingDays?: number;
}

export class ExtendRectificationDto {
  @ApiProperty({ example: 5, description: 'Working days added to the deadline.' })
  @BoundedInt(1, 30)
  workingDays!: number;

  @ApiProperty({ example: '需等待上级部门复核数据', description: 'Why; kept in the step log.' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class RectificationStepDto {
  @ApiProperty({
    enum: ['status', 'extension', 'deadline-revised'],
    example: 'status',
    description: '`deadline-revised`: the calendar year the deadline was counted on was set, and the deadline moved (the note says from and to).',
  })
  kind!: string;

  @ApiProperty({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus', example: 'submitted' })
  status!: string;

  @ApiProperty({ example: '已发布更正版本', nullable: true, type: String })
  note!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T03:00:00.000Z' })
  at!: string;

  @ApiProperty({ format: 'date', example: '2026-05-15', nullable: true, type: String })
  dueOn!: string | null;
}

export class FindingDto {
  @ApiProperty({ format: 'uuid', example: '1e7b2c4d-9f3a-4b6e-8d1c-5a2f7e9b3c40' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '9c4e1a7b-3d2f-4e8a-b6c1-7f0d2e5a8b93' })
  spotCheckId!: string;

  @ApiProperty({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13' })
  disclosureId!: string;

  @ApiProperty({ example: 'shengtang' })
  unitCode!: string;

  @ApiProperty({ enum: FINDING_KINDS, enumName: 'FindingKind', example: 'omission' })
  kind!: string;

  @ApiProperty({ example: '花名册漏报1名儿童' })
  description!: string;

  @ApiProperty({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus', example: 'ordered' })
  status!: string;

  @ApiProperty({ format: 'date', example: '2026-05-15', description: 'Rectification deadline (working days, Asia/Shanghai).' })
  dueOn!: string;

  @ApiProperty({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    example: 'official',
    description: '`provisional` when the count reaches a year whose State Council notice is not entered yet; the deadline is recounted when it is.',
  })
  dueBasis!: CalendarBasis;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-05-08T07:00:00.000Z' })
  raisedAt!: string;

  @ApiProperty({ type: [RectificationStepDto] })
  steps!: RectificationStepDto[];
}

export class FindingPageDto extends PageDtoOf(FindingDto) {}

export class FindingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'shengtang', description: 'Required for village clerks: a unit in their `units` claim.' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiPropertyOptional({ enum: RECTIFICATION_STATUSES, enumName: 'RectificationStatus', example: 'ordered' })
  @IsOptional()
  @IsIn(RECTIFICATION_STATUSES)
  status?: RectificationStatus;
}

export class OverdueFindingQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '2026-05-18', format: 'date', description: 'Day to judge by (Asia/Shanghai); defaults to today.' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;
}
