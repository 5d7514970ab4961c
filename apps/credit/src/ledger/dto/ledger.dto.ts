import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsIdNumber, IsBusinessDate, BoundedText, MatchesPattern, UuidString } from '#platform';
import { INDICATOR_CATEGORIES, type IndicatorCategory } from '../../indicators/indicator-category.js';
import { ENTRY_KINDS, type EntryKind } from '../ledger-rules.js';
import type { LedgerEntry } from '../ledger-entry.entity.js';

export class CreateLedgerEntryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', description: 'The resident; give this or `residentIdNumber`.' })
  @IsOptional()
  @UuidString()
  residentId?: string;

  @ApiPropertyOptional({ example: '340800195903150013', description: 'The resident by ID number (matched by keyed hash); give this or `residentId`.' })
  @IsOptional()
  @IsIdNumber()
  residentIdNumber?: string;

  @ApiProperty({ example: 'VOL-01', description: 'Catalogue code; the indicator decides award or deduction and the points.' })
  @BoundedText(1, 32)
  indicatorCode!: string;

  @ApiPropertyOptional({
    example: '2026-04-18',
    description: 'Business date the points count for (Asia/Shanghai); today when absent. Its year is the scoring period.',
  })
  @IsOptional()
  @IsBusinessDate()
  occurredOn?: string;

  @ApiProperty({ example: '参加核酸检测志愿服务' })
  @BoundedText(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '签到表 2026-04-18 第3页', description: 'Reference to the evidence (sign-in sheet, photo id, case number).' })
  @IsOptional()
  @BoundedText(1, 500)
  evidence?: string;
}

export class CreateReversalDto {
  @ApiProperty({ example: '录入错误更正：该居民当日未参加活动' })
  @BoundedText(1, 500)
  reason!: string;

  @ApiPropertyOptional({ example: '更正审批单 2026-015' })
  @IsOptional()
  @BoundedText(1, 500)
  evidence?: string;
}

export class ListLedgerEntriesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  @IsOptional()
  @UuidString()
  residentId?: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  @IsOptional()
  @UuidString()
  householdId?: string;

  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;

  @ApiPropertyOptional({ example: '2026', description: 'Scoring period (calendar year).' })
  @IsOptional()
  @MatchesPattern(/^\d{4}$/, { message: 'period must be a year, e.g. 2026' })
  period?: string;

  @ApiPropertyOptional({ enum: INDICATOR_CATEGORIES, enumName: 'IndicatorCategory', example: 'volunteer-activities' })
  @IsOptional()
  @IsIn(INDICATOR_CATEGORIES)
  category?: IndicatorCategory;

  @ApiPropertyOptional({ enum: ENTRY_KINDS, enumName: 'EntryKind', example: 'award' })
  @IsOptional()
  @IsIn(ENTRY_KINDS)
  kind?: EntryKind;

  @ApiPropertyOptional({ example: '2026-04-01', description: 'Entries on or after this business date.' })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-04-30', description: 'Entries on or before this business date.' })
  @IsOptional()
  @IsBusinessDate()
  to?: string;
}

export class LedgerEntryDto {
  @ApiProperty({ format: 'uuid', example: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  residentId!: string;

  @ApiProperty({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  householdId!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ enum: ENTRY_KINDS, enumName: 'EntryKind', example: 'award' })
  kind!: EntryKind;

  @ApiProperty({ type: 'integer', example: 4, description: 'Change to the credit score (0 for redemptions).' })
  scoreDelta!: number;

  @ApiProperty({ type: 'integer', example: 4, description: 'Change to the spendable balance.' })
  balanceDelta!: number;

  @ApiPropertyOptional({ example: 'VOL-01', nullable: true })
  indicatorCode!: string | null;

  @ApiPropertyOptional({ example: 'volunteer-activities', nullable: true })
  category!: string | null;

  @ApiPropertyOptional({
    type: 'integer',
    example: 1,
    nullable: true,
    description: "The indicator version the entry was earned under: the one in effect on `occurredOn`; a reversal states the reversed entry's.",
  })
  indicatorVersion!: number | null;

  @ApiProperty({ example: '2026' })
  period!: string;

  @ApiProperty({ format: 'date', example: '2026-04-18' })
  occurredOn!: string;

  @ApiProperty({ example: '参加核酸检测志愿服务' })
  reason!: string;

  @ApiPropertyOptional({ example: '签到表 2026-04-18 第3页', nullable: true })
  evidence!: string | null;

  @ApiProperty({ enum: ['staff', 'event', 'redemption'], example: 'staff' })
  source!: string;

  @ApiPropertyOptional({ example: 'zone.party.volunteer-activity-recorded.v1:7c9e6679-7425-40de-944b-e07fc1f90ae7', nullable: true })
  sourceRef!: string | null;

  @ApiProperty({ example: 'staff-shengtang-01' })
  actorId!: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, example: null, description: 'For a reversal: the entry it reverses.' })
  reversesEntryId!: string | null;

  @ApiProperty({ type: 'integer', example: 72 })
  scoreAfter!: number;

  @ApiProperty({ type: 'integer', example: 22 })
  balanceAfter!: number;

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:31:02.000Z' })
  recordedAt!: string;

  static of(entry: LedgerEntry): LedgerEntryDto {
    return {
      id: entry.id,
      residentId: entry.residentId,
      householdId: entry.householdId,
      communityCode: entry.communityCode,
      kind: entry.kind,
      scoreDelta: entry.scoreDelta,
      balanceDelta: entry.balanceDelta,
      indicatorCode: entry.indicatorCode,
      category: entry.category,
      indicatorVersion: entry.indicatorVersion,
      period: entry.period,
      occurredOn: entry.occurredOn,
      reason: entry.reason,
      evidence: entry.evidence,
      source: entry.source,
      sourceRef: entry.sourceRef,
      actorId: entry.actorId,
      reversesEntryId: entry.reversesEntryId,
      scoreAfter: entry.scoreAfter,
      balanceAfter: entry.balanceAfter,
      recordedAt: entry.recordedAt.toISOString(),
    };
  }
}

export class LedgerEntryPageDto extends PageDtoOf(LedgerEntryDto) {}
