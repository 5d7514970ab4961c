import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, BoundedInt, BoundedArray, UuidString } from '#platform';
import { normaliseCreditCode } from '../../surveyed-entities/credit-code.js';
import { MASS_ORGANISATION_KINDS, type MassOrganisationKind } from '../../ledger/ledger-rules.js';
import { IsCreditCode } from '../../shared/validators.js';
import { FORMATION_MODES, ORGANISATION_TYPES, type FormationMode, type OrganisationType } from '../organisation-rules.js';

const normaliseCodes = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? normaliseCreditCode(item) : item)) : value;

export class CreateOrganisationDto {
  @ApiProperty({ example: '快递物流联合党支部' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({
    enum: ORGANISATION_TYPES,
    enumName: 'OrganisationType',
    example: 'joint-branch',
    description: 'Committee (党委), general branch (党总支), branch (党支部) or joint branch (联合党支部).',
  })
  @IsIn(ORGANISATION_TYPES)
  type!: OrganisationType;

  @ApiPropertyOptional({ default: false, example: false, description: 'Functional organisation (功能型), e.g. for an office building.' })
  @IsOptional()
  @IsBoolean()
  functional?: boolean;

  @ApiProperty({
    enum: FORMATION_MODES,
    enumName: 'FormationMode',
    example: 'joint',
    description: 'Formed standalone, jointly or on a platform (单独建、联合建、平台建).',
  })
  @IsIn(FORMATION_MODES)
  formationMode!: FormationMode;

  @ApiPropertyOptional({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da', description: 'The organisation directly above.' })
  @IsOptional()
  @UuidString()
  parentId?: string;

  @ApiProperty({
    type: [String],
    example: ['91340800MA00000010', '91340800MA0000002Y'],
    description: 'Credit codes of the entities it covers; each entity belongs to one organisation.',
  })
  @Transform(normaliseCodes)
  @BoundedArray(0, 500)
  @ArrayUnique()
  @IsCreditCode({ each: true })
  memberEntityCreditCodes!: string[];

  @ApiPropertyOptional({ example: 'secretary-express-01', description: 'Token subject (`sub`) of the secretary, who may then manage this organisation.' })
  @IsOptional()
  @BoundedText(1, 128)
  secretaryUserId?: string;

  @ApiPropertyOptional({ example: '李明', description: "Secretary's name; stored encrypted, masked except to the committee and the secretary." })
  @IsOptional()
  @BoundedText(1, 50)
  secretaryName?: string;

  @ApiPropertyOptional({ example: 9, minimum: 0, description: 'Party members in the organisation, when known.' })
  @IsOptional()
  @BoundedInt(0, 100_000)
  memberCount?: number;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-15', description: 'Date of establishment, when known.' })
  @IsOptional()
  @IsBusinessDate()
  establishedOn?: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional({ example: 11, minimum: 0 })
  @IsOptional()
  @BoundedInt(0, 100_000)
  memberCount?: number;

  @ApiPropertyOptional({ example: '李明' })
  @IsOptional()
  @BoundedText(1, 50)
  secretaryName?: string;

  @ApiPropertyOptional({ example: 'secretary-express-01', description: 'Committee only: who the secretary is.' })
  @IsOptional()
  @BoundedText(1, 128)
  secretaryUserId?: string;
}

export class MemberEntityDto {
  @ApiProperty({ example: '91340800MA00000010' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode!: string;
}

export class OrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_TYPES, enumName: 'OrganisationType', example: 'joint-branch' })
  @IsOptional()
  @IsIn(ORGANISATION_TYPES)
  type?: OrganisationType;

  @ApiPropertyOptional({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da', description: 'Only organisations directly under this one.' })
  @IsOptional()
  @UuidString()
  parentId?: string;
}

export class OrganisationMemberEntityDto {
  @ApiProperty({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098' })
  entityId!: string;

  @ApiProperty({ example: '91340800MA00000010' })
  creditCode!: string;

  @ApiProperty({ example: '示例快递企业01' })
  name!: string;
}

export class OrganisationDto {
  @ApiProperty({ format: 'uuid', example: '16fd2706-8baf-433b-82eb-8c7fada847da' })
  id!: string;

  @ApiProperty({ example: '快递物流联合党支部' })
  name!: string;

  @ApiProperty({ enum: ORGANISATION_TYPES, enumName: 'OrganisationType', example: 'joint-branch' })
  type!: string;

  @ApiProperty({ example: false })
  functional!: boolean;

  @ApiProperty({ enum: FORMATION_MODES, enumName: 'FormationMode', example: 'joint' })
  formationMode!: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, example: null })
  parentId!: string | null;

  @ApiProperty({ type: [OrganisationMemberEntityDto] })
  memberEntities!: OrganisationMemberEntityDto[];

  @ApiPropertyOptional({ nullable: true, type: String, example: 'secretary-express-01' })
  secretaryUserId!: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '李*', description: 'In full for the committee and the secretary, masked for others.' })
  secretaryName!: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 9 })
  memberCount!: number | null;

  @ApiPropertyOptional({ format: 'date', example: '2026-03-15', nullable: true, type: String })
  establishedOn!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-03-15T01:00:00.000Z' })
  createdAt!: string;
}

export class OrganisationPageDto extends PageDtoOf(OrganisationDto) {}

export class CreateMassOrganisationDto {
  @ApiProperty({ example: '91340800MA00000010', description: 'Credit code of the entity the mass organisation is set up in.' })
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode!: string;

  @ApiProperty({
    enum: MASS_ORGANISATION_KINDS,
    enumName: 'MassOrganisationKind',
    example: 'trade-union',
    description: "Trade union (工会), youth league (共青团) or women's federation (妇联).",
  })
  @IsIn(MASS_ORGANISATION_KINDS)
  kind!: MassOrganisationKind;

  @ApiProperty({ example: '示例快递企业01工会' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ format: 'date', example: '2026-03-20' })
  @IsBusinessDate()
  establishedOn!: string;
}

export class MassOrganisationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: '91340800MA00000010' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? normaliseCreditCode(value) : value))
  @IsCreditCode()
  creditCode?: string;
}

export class MassOrganisationDto {
  @ApiProperty({ format: 'uuid', example: '8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '3f2c1b0a-9e8d-4c7b-a6f5-e4d3c2b1a098' })
  entityId!: string;

  @ApiProperty({ example: '91340800MA00000010' })
  creditCode!: string;

  @ApiProperty({ enum: MASS_ORGANISATION_KINDS, enumName: 'MassOrganisationKind', example: 'trade-union' })
  kind!: string;

  @ApiProperty({ example: '示例快递企业01工会' })
  name!: string;

  @ApiProperty({ format: 'date', example: '2026-03-20' })
  establishedOn!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-20T01:00:00.000Z' })
  createdAt!: string;
}

export class MassOrganisationPageDto extends PageDtoOf(MassOrganisationDto) {}
