import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BoundedText, PageDtoOf, PageQueryDto, UuidString } from '#platform';
import { PARTICIPATION_OUTCOMES, type ParticipationOutcome, type VolunteerParticipation } from '../volunteer-participation.entity.js';

export class ListVolunteerParticipationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  @IsOptional()
  @UuidString()
  activityId?: string;

  @ApiPropertyOptional({
    enum: PARTICIPATION_OUTCOMES,
    enumName: 'ParticipationOutcome',
    example: 'unmatched',
    description: '`unmatched`: the party service knows a participant the credit registry does not (yet).',
  })
  @IsOptional()
  @IsIn(PARTICIPATION_OUTCOMES)
  outcome?: ParticipationOutcome;
}

export class VolunteerParticipationDto {
  @ApiProperty({ format: 'uuid', example: '7c9e6679-7425-40de-944b-e07fc1f90ae7' })
  activityId!: string;

  @ApiProperty({ format: 'uuid', example: '9b2f4f0e-3c1d-4b8e-a6f7-2d5c8e1a4b90' })
  participantId!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: '核酸检测志愿服务' })
  activityTitle!: string;

  @ApiProperty({ format: 'date', example: '2026-04-18' })
  heldOn!: string;

  @ApiProperty({ example: '杨**' })
  maskedName!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  residentId!: string | null;

  @ApiProperty({ enum: PARTICIPATION_OUTCOMES, enumName: 'ParticipationOutcome', example: 'awarded' })
  outcome!: ParticipationOutcome;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, example: '8a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d' })
  ledgerEntryId!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:31:02.000Z' })
  recordedAt!: string;

  static of(row: VolunteerParticipation): VolunteerParticipationDto {
    return {
      activityId: row.activityId,
      participantId: row.participantId,
      communityCode: row.communityCode,
      activityTitle: row.activityTitle,
      heldOn: row.heldOn,
      maskedName: row.maskedName,
      residentId: row.residentId,
      outcome: row.outcome,
      ledgerEntryId: row.ledgerEntryId,
      recordedAt: row.recordedAt.toISOString(),
    };
  }
}

export class VolunteerParticipationPageDto extends PageDtoOf(VolunteerParticipationDto) {}

export class ApplyVolunteerParticipationDto {
  @ApiProperty({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6', description: 'The registered resident who took part.' })
  @UuidString()
  residentId!: string;

  @ApiPropertyOptional({ example: '报名时登记的身份证号有误，经社区核实为本人', description: 'Why staff apply it by hand; kept in the audit trail.' })
  @IsOptional()
  @BoundedText(1, 500)
  note?: string;
}
