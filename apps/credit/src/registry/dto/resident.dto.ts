import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsIdNumber, IsMobile, PageDtoOf, PageQueryDto, BoundedText, MatchesPattern, UuidString } from '#platform';
import { HOUSEHOLD_NUMBER, HOUSEHOLD_NUMBER_RULE } from './household.dto.js';

export class CreateResidentDto {
  @ApiProperty({ example: 'shengtang' })
  @BoundedText(1, 64)
  communityCode!: string;

  @ApiProperty({ example: 'ST-0001', description: 'Household number (户号) within the community; the household must exist.' })
  @MatchesPattern(HOUSEHOLD_NUMBER, { message: HOUSEHOLD_NUMBER_RULE })
  householdNumber!: string;

  @ApiProperty({ example: '杨某某' })
  @BoundedText(1, 50)
  name!: string;

  @ApiProperty({
    example: '340800195903150013',
    description: 'Mainland resident ID number (GB 11643, check digit verified). Stored encrypted; shown masked to roles that do not need it.',
  })
  @IsIdNumber()
  idNumber!: string;

  @ApiPropertyOptional({ example: '13955612345', description: 'Mobile number. Stored encrypted; shown masked.' })
  @IsOptional()
  @IsMobile()
  phone?: string;

  @ApiPropertyOptional({ example: 'resident-7f3a', description: "Subject (`sub`) of the resident's own account, so they can read their household." })
  @IsOptional()
  @BoundedText(1, 128)
  accountId?: string;
}

export class UpdateResidentDto {
  @ApiPropertyOptional({ example: '杨某某' })
  @IsOptional()
  @BoundedText(1, 50)
  name?: string;

  @ApiPropertyOptional({ example: '13955612345' })
  @IsOptional()
  @IsMobile()
  phone?: string;

  @ApiPropertyOptional({ example: 'resident-7f3a' })
  @IsOptional()
  @BoundedText(1, 128)
  accountId?: string;
}

export class MoveResidentDto {
  @ApiProperty({ example: 'wuling' })
  @BoundedText(1, 64)
  communityCode!: string;

  @ApiProperty({ example: 'WL-0002' })
  @MatchesPattern(HOUSEHOLD_NUMBER, { message: 'householdNumber must be 1-32 letters, digits or dashes' })
  householdNumber!: string;
}

export class ResidentLookupDto {
  @ApiProperty({ example: '340800195903150013', description: 'Sent in the body, never in a URL, so it stays out of access logs.' })
  @IsIdNumber()
  idNumber!: string;
}

export class ListResidentsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  communityCode?: string;

  @ApiPropertyOptional({ example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  @IsOptional()
  @UuidString()
  householdId?: string;

  @ApiPropertyOptional({ type: Boolean, example: true, description: "Only the caller's own resident record (for a resident's app: score and balance)." })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;
}

export class ResidentDto {
  @ApiProperty({ format: 'uuid', example: '5d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4' })
  householdId!: string;

  @ApiProperty({ example: 'shengtang' })
  communityCode!: string;

  @ApiProperty({ example: '杨**', description: "In full for the community's staff; surname only for others." })
  name!: string;

  @ApiProperty({ example: '340800********0013', description: "In full for the community's staff; masked for others." })
  idNumber!: string;

  @ApiPropertyOptional({ example: '139****2345', nullable: true })
  phone!: string | null;

  @ApiProperty({ example: false, description: 'Whether the personal fields above are masked for this caller.' })
  masked!: boolean;

  @ApiProperty({ type: 'integer', example: 72, description: 'Credit score: points earned minus points deducted.' })
  creditScore!: number;

  @ApiProperty({ type: 'integer', example: 22, description: 'Spendable balance: credit score minus points redeemed.' })
  spendableBalance!: number;

  @ApiProperty({ type: 'integer', example: 72 })
  earned!: number;

  @ApiProperty({ type: 'integer', example: 0 })
  deducted!: number;

  @ApiProperty({ type: 'integer', example: 50 })
  redeemed!: number;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;
}

export class ResidentPageDto extends PageDtoOf(ResidentDto) {}
