import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, BoundedInt, BoundedArray } from '#platform';
import { normaliseCreditCode } from '../../surveyed-entities/credit-code.js';
import { MASS_ORGANISATION_KINDS, type MassOrganisationKind } from '../../ledger/ledger-rules.js';
import { IsCreditCode } from '../../shared/validators.js';
import { OPERATING_STATUSES, OWNER_POLITICAL_STATUSES, PARTY_ORGANISATION_SETUPS } from '../survey-values.js';

export class CreateSurveyDto {
  @ApiProperty({ example: '91340800MA00000010', description: 'Credit code of the registered entity surveyed.' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({ format: 'date', example: '2026-03-10', description: 'Date of the visit (Asia/Shanghai).' })
  @IsBusinessDate()
  surveyedOn!: string;

  @ApiProperty({ example: '王建国', description: 'Owner or legal representative (业主身份); personal data, stored encrypted, masked for instructors.' })
  @BoundedText(1, 50)
  ownerName!: string;

  @ApiProperty({ enum: OWNER_POLITICAL_STATUSES, enumName: 'OwnerPoliticalStatus', example: 'non-member' })
  @IsIn(OWNER_POLITICAL_STATUSES)
  ownerPoliticalStatus!: string;

  @ApiProperty({ enum: OPERATING_STATUSES, enumName: 'OperatingStatus', example: 'operating', description: 'Operating status (经营状况).' })
  @IsIn(OPERATING_STATUSES)
  operatingStatus!: string;

  @ApiProperty({ example: 12, minimum: 0, description: 'Number of employees (从业人员数).' })
  @BoundedInt(0, 1_000_000)
  employeeCount!: number;

  @ApiProperty({ enum: PARTY_ORGANISATION_SETUPS, enumName: 'PartyOrganisationSetup', example: 'none', description: 'Party organisation found (组织设置).' })
  @IsIn(PARTY_ORGANISATION_SETUPS)
  partyOrganisation!: string;

  @ApiProperty({
    enum: MASS_ORGANISATION_KINDS,
    enumName: 'MassOrganisationKind',
    isArray: true,
    example: ['trade-union'],
    description: 'Mass organisations found (群团组织).',
  })
  @BoundedArray(0, MASS_ORGANISATION_KINDS.length)
  @ArrayUnique()
  @IsIn(MASS_ORGANISATION_KINDS, { each: true })
  massOrganisations!: MassOrganisationKind[];

  @ApiProperty({ example: 4, minimum: 0, description: 'Number of Party members (党员人数).' })
  @BoundedInt(0, 100_000)
  partyMemberCount!: number;

  @ApiProperty({ example: '摸排组一', description: 'Survey team or surveyor.' })
  @BoundedText(1, 100)
  surveyor!: string;

  @ApiPropertyOptional({ example: '示例数据' })
  @IsOptional()
  @BoundedText(1, 1000)
  notes?: string;
}

export class SurveyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '91340800MA00000010', description: "Only this entity's surveys (its history)." })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode?: string;
}

export class SurveyDto {
  @ApiProperty({ format: 'uuid', example: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098' })
  entityId!: string;

  @ApiProperty({ example: '91340800MA00000010' })
  creditCode!: string;

  @ApiProperty({ example: '示例快递企业01' })
  entityName!: string;

  @ApiProperty({ format: 'date', example: '2026-03-10' })
  surveyedOn!: string;

  @ApiProperty({ example: '王**', description: 'In full for the Party committee, masked for others.' })
  ownerName!: string;

  @ApiProperty({ enum: OWNER_POLITICAL_STATUSES, enumName: 'OwnerPoliticalStatus', example: 'non-member' })
  ownerPoliticalStatus!: string;

  @ApiProperty({ enum: OPERATING_STATUSES, enumName: 'OperatingStatus', example: 'operating' })
  operatingStatus!: string;

  @ApiProperty({ example: 12 })
  employeeCount!: number;

  @ApiProperty({ enum: PARTY_ORGANISATION_SETUPS, enumName: 'PartyOrganisationSetup', example: 'none' })
  partyOrganisation!: string;

  @ApiProperty({ enum: MASS_ORGANISATION_KINDS, enumName: 'MassOrganisationKind', isArray: true, example: ['trade-union'] })
  massOrganisations!: string[];

  @ApiProperty({ example: 4 })
  partyMemberCount!: number;

  @ApiProperty({ example: '摸排组一' })
  surveyor!: string;

  @ApiPropertyOptional({ example: '示例数据', nullable: true, type: String })
  notes!: string | null;

  @ApiProperty({ example: true, description: "Whether this is the entity's current survey (the latest by date, then by recording time)." })
  current!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-03-10T07:00:00.000Z' })
  recordedAt!: string;
}

export class SurveyPageDto extends PageDtoOf(SurveyDto) {}
