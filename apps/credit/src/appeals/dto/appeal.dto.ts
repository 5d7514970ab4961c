import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, BoundedText, UuidString } from '#platform';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';
import { APPEAL_STATUSES, type AppealStatus } from '../appeal-rules.js';
import type { Appeal } from '../appeal.entity.js';

export class CreateAppealDto {
  @ApiProperty({ format: 'uuid', example: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', description: 'The deduction appealed against.' })
  @UuidString()
  entryId!: string;

  @ApiProperty({ example: '当日本人不在社区，扣分有误' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class DecideAppealDto {
  @ApiProperty({ enum: ['upheld', 'rejected'], example: 'upheld', description: '`upheld` reverses the deduction.' })
  @IsIn(['upheld', 'rejected'])
  outcome!: 'upheld' | 'rejected';

  @ApiProperty({ example: '经核实，当日记录有误，撤销扣分' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class ListAppealsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: APPEAL_STATUSES, enumName: 'AppealStatus', example: 'open' })
  @IsOptional()
  @IsIn(APPEAL_STATUSES)
  status?: AppealStatus;

  @ApiPropertyOptional({ type: Boolean, example: true, description: 'Only open appeals past their decision deadline.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;
}

export class AppealDto {
  @ApiProperty({ format: 'uuid', example: '9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  entryId!: string;

  @ApiProperty({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  residentId!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: '当日本人不在社区，扣分有误' })
  reason!: string;

  @ApiProperty({ format: 'date', example: '2026-06-01' })
  filedOn!: string;

  @ApiProperty({ format: 'date', example: '2026-06-15', description: 'The decision is due by this day (Asia/Shanghai): 10 working days after filing.' })
  dueOn!: string;

  @ApiProperty({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    example: 'official',
    description: '`provisional` when the count reaches a year whose State Council notice is not entered yet; dueOn is recounted when it is.',
  })
  dueBasis!: CalendarBasis;

  @ApiProperty({ example: false })
  overdue!: boolean;

  @ApiProperty({ enum: APPEAL_STATUSES, enumName: 'AppealStatus', example: 'open' })
  status!: AppealStatus;

  @ApiPropertyOptional({ type: String, nullable: true, example: null })
  decisionReason!: string | null;

  @ApiPropertyOptional({ format: 'date-time', nullable: true, example: null })
  decidedAt!: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, example: null, description: 'The reversal entry of an upheld appeal.' })
  reversalEntryId!: string | null;

  static of(appeal: Appeal, overdue: boolean): AppealDto {
    return {
      id: appeal.id,
      entryId: appeal.entryId,
      residentId: appeal.residentId,
      communityCode: appeal.communityCode,
      reason: appeal.reason,
      filedOn: appeal.filedOn,
      dueOn: appeal.dueOn,
      dueBasis: appeal.dueBasis,
      overdue,
      status: appeal.status,
      decisionReason: appeal.decisionReason,
      decidedAt: appeal.decidedAt?.toISOString() ?? null,
      reversalEntryId: appeal.reversalEntryId,
    };
  }
}

export class AppealPageDto extends PageDtoOf(AppealDto) {}
