import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, IsIdNumber, IsMobile, BoundedText, UuidString } from '#platform';
import { CALENDAR_BASES, type CalendarBasis } from '#working-calendar/core';
import { TRANSFER_STATUSES } from '../transfer-rules.js';

export const MEMBER_STATUSES = ['normal', 'floating', 'out-of-contact'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export class RegisterMemberDto {
  @ApiPropertyOptional({
    format: 'uuid',
    example: '16fd2706-8baf-433b-82eb-8c7fada847da',
    description: "Organisation in the registry holding the member's relations.",
  })
  @IsOptional()
  @UuidString()
  organisationId?: string;

  @ApiPropertyOptional({ example: '外地某社区党支部', description: 'Where the relations are held when outside the registry (流动党员、"口袋"党员).' })
  @IsOptional()
  @BoundedText(1, 200)
  externalOrganisation?: string;

  @ApiProperty({ example: '张某某', description: "Stored encrypted; masked except to the committee and the organisation's secretary." })
  @BoundedText(1, 50)
  name!: string;

  @ApiProperty({
    example: '11010519491231002X',
    description: 'Mainland resident ID (GB 11643 check digit verified); stored encrypted with a look-up hash; always masked in responses.',
  })
  @IsIdNumber()
  idNumber!: string;

  @ApiPropertyOptional({ example: '13955612345', description: 'Mobile number; stored encrypted; always masked in responses.' })
  @IsOptional()
  @IsMobile()
  phone?: string;

  @ApiProperty({ enum: MEMBER_STATUSES, enumName: 'MemberStatus', example: 'floating', description: 'Normal, floating (流动) or out of contact (失联).' })
  @IsIn(MEMBER_STATUSES)
  status!: MemberStatus;
}

export class UpdateMemberDto {
  @ApiPropertyOptional({ enum: MEMBER_STATUSES, enumName: 'MemberStatus', example: 'out-of-contact' })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;

  @ApiPropertyOptional({ example: '13955612345' })
  @IsOptional()
  @IsMobile()
  phone?: string;
}

export class MemberQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da' })
  @IsOptional()
  @UuidString()
  organisationId?: string;

  @ApiPropertyOptional({ enum: MEMBER_STATUSES, enumName: 'MemberStatus', example: 'floating' })
  @IsOptional()
  @IsIn(MEMBER_STATUSES)
  status?: MemberStatus;
}

export class MemberDto {
  @ApiProperty({ format: 'uuid', example: '4a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d' })
  id!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: '16fd2706-8baf-433b-82eb-8c7fada847da' })
  organisationId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: null })
  externalOrganisation!: string | null;

  @ApiProperty({ example: '张**', description: "In full for the committee and the organisation's secretary, masked otherwise." })
  name!: string;

  @ApiProperty({ example: '110105********002X' })
  maskedIdNumber!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '139****2345' })
  maskedPhone!: string | null;

  @ApiProperty({ enum: MEMBER_STATUSES, enumName: 'MemberStatus', example: 'floating' })
  status!: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-01T01:00:00.000Z' })
  createdAt!: string;
}

export class MemberPageDto extends PageDtoOf(MemberDto) {}

export class RequestTransferDto {
  @ApiProperty({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da', description: 'Receiving organisation.' })
  @UuidString()
  toOrganisationId!: string;

  @ApiProperty({ example: '在经开区快递企业稳定就业，申请转入组织关系' })
  @BoundedText(1, 500)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-04-01', description: 'Date of the request (default today, Asia/Shanghai); not in the future.' })
  @IsOptional()
  @IsBusinessDate()
  on?: string;
}

export class TransferStepInputDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-04-03',
    description: 'Date the side acted (default today); not before the stage started, not in the future.',
  })
  @IsOptional()
  @IsBusinessDate()
  on?: string;

  @ApiPropertyOptional({ example: '材料齐全，同意转出' })
  @IsOptional()
  @BoundedText(1, 500)
  note?: string;
}

export class TransferStepDto {
  @ApiProperty({ example: 'approve' })
  action!: string;

  @ApiProperty({ enum: TRANSFER_STATUSES, enumName: 'TransferStatus', example: 'approved' })
  toStatus!: string;

  @ApiProperty({ format: 'date', example: '2026-04-03' })
  actedOn!: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: '材料齐全，同意转出' })
  note!: string | null;

  @ApiProperty({ example: 'secretary-express-01' })
  actor!: string;
}

export class TransferDto {
  @ApiProperty({ format: 'uuid', example: '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '4a3b2c1d-0e9f-4a8b-8c7d-6e5f4a3b2c1d' })
  memberId!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  fromOrganisationId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '外地某社区党支部' })
  fromExternalOrganisation!: string | null;

  @ApiProperty({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da' })
  toOrganisationId!: string;

  @ApiProperty({ enum: TRANSFER_STATUSES, enumName: 'TransferStatus', example: 'requested' })
  status!: string;

  @ApiProperty({ example: '在经开区快递企业稳定就业，申请转入组织关系' })
  reason!: string;

  @ApiProperty({ format: 'date', example: '2026-04-01', description: 'When the current stage started.' })
  stageStartedOn!: string;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    type: String,
    example: '2026-04-08',
    description: 'The current stage is due by this date: 5 working days on the shared calendar. Null once closed.',
  })
  dueOn!: string | null;

  @ApiPropertyOptional({
    enum: CALENDAR_BASES,
    enumName: 'CalendarBasis',
    nullable: true,
    example: 'official',
    description:
      '`provisional` when the count reaches a year whose State Council notice is not entered yet; the due date is recounted when it is. Null with dueOn.',
  })
  dueBasis!: CalendarBasis | null;

  @ApiProperty({ example: false, description: 'Still open after the due date.' })
  overdue!: boolean;

  @ApiProperty({ type: [TransferStepDto] })
  history!: TransferStepDto[];
}

export class TransferPageDto extends PageDtoOf(TransferDto) {}

export class TransferQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TRANSFER_STATUSES, enumName: 'TransferStatus', example: 'requested' })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: string;
}
