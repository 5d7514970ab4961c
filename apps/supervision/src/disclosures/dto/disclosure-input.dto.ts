import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsOptional, IsString, ValidateNested } from 'class-validator';
import { PageQueryDto, BoundedText, MatchesPattern, BoundedArray, IsIdNumber } from '#platform';
import { DISCLOSURE_STATUSES, QUANTITY_UNITS, type DisclosureStatus, type QuantityUnit } from '../disclosure-rules.js';

const QUANTITY_PATTERN = /^\d{1,12}(\.\d{1,4})?$/;
const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;
const ID_NUMBER_PATTERN = /^\d{17}[\dXx]$/;
const QUANTITY_UNIT_NAMES = Object.keys(QUANTITY_UNITS) as QuantityUnit[];

export class DisclosureLineDto {
  @ApiProperty({ example: '2026年4月生活补贴发放总额' })
  @BoundedText(1, 200)
  label!: string;

  @ApiProperty({ example: '3600.00', description: 'Exact decimal string: yuan to 2 places, mu to 4; never a number.' })
  @IsString()
  @MatchesPattern(QUANTITY_PATTERN, { message: 'quantity must be a decimal string, e.g. "3600.00"' })
  quantity!: string;

  @ApiProperty({ enum: QUANTITY_UNIT_NAMES, enumName: 'QuantityUnitName', example: 'yuan', description: '`yuan` (元, 2 places) or `mu` (亩, 4 places).' })
  @IsIn(QUANTITY_UNIT_NAMES)
  unit!: QuantityUnit;
}

export class AttachmentReferenceDto {
  @ApiProperty({ example: '发放花名册.pdf' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ example: 'files/shengtang/2026-04/roster-7f3a.pdf', description: 'Where the document store keeps the file.' })
  @BoundedText(1, 500)
  reference!: string;
}

export class RecipientInputDto {
  @ApiProperty({ example: '杨国华', description: 'Personal data: stored encrypted, shown masked (杨**) to the public.' })
  @BoundedText(1, 50)
  name!: string;

  @ApiPropertyOptional({
    example: '340811195901011238',
    description: 'Resident ID number (check character verified); stored encrypted, shown masked (340811********1238) to the public.',
    pattern: ID_NUMBER_PATTERN.source,
  })
  @IsOptional()
  @IsIdNumber()
  idNumber?: string;

  @ApiPropertyOptional({ example: '1200.00', description: 'Amount paid, yuan, exact decimal string.' })
  @IsOptional()
  @MatchesPattern(AMOUNT_PATTERN, { message: 'amount must be a decimal string with at most 2 places, e.g. "1200.00"' })
  amount?: string;

  @ApiPropertyOptional({ example: '事实无人抚养儿童' })
  @IsOptional()
  @BoundedText(1, 200)
  note?: string;
}

export class DisclosureContentDto {
  @ApiProperty({ example: '盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示' })
  @BoundedText(1, 200)
  title!: string;

  @ApiProperty({ example: '本月共为3名儿童发放生活补贴，经村(社区)初审、办事处审核、社会事业局审批。' })
  @BoundedText(1, 4000)
  summary!: string;

  @ApiProperty({ type: [DisclosureLineDto], description: 'Amounts and areas; totals are computed exactly per unit of measure.' })
  @BoundedArray(0, 200)
  @ValidateNested({ each: true })
  @Type(() => DisclosureLineDto)
  lines!: DisclosureLineDto[];

  @ApiProperty({ type: [RecipientInputDto], description: 'Recipient list (花名册); empty when the item has none.' })
  @BoundedArray(0, 500)
  @ValidateNested({ each: true })
  @Type(() => RecipientInputDto)
  recipients!: RecipientInputDto[];

  @ApiProperty({ type: [AttachmentReferenceDto] })
  @BoundedArray(0, 50)
  @ValidateNested({ each: true })
  @Type(() => AttachmentReferenceDto)
  attachments!: AttachmentReferenceDto[];
}

export class CreateDisclosureDto extends DisclosureContentDto {
  @ApiProperty({ example: 'shengtang', description: 'Public code of the unit; the clerk must hold it in the `units` claim.' })
  @BoundedText(1, 64)
  unitCode!: string;

  @ApiProperty({ example: 'L-02', description: 'Code of an active supervision item.' })
  @BoundedText(1, 32)
  itemCode!: string;

  @ApiProperty({
    example: '2026-04',
    description: "Period in the item's frequency: 2026 (annual), 2026-H1, 2026-Q2, 2026-04 (monthly), or a date for per-event items.",
  })
  @BoundedText(4, 10)
  period!: string;
}

export class CorrectDisclosureDto extends DisclosureContentDto {
  @ApiProperty({ example: '补录漏报的一名儿童及其补贴金额', description: 'Why the published version is corrected; public.' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class ReturnDisclosureDto {
  @ApiProperty({ example: '花名册缺少身份证号，请补充后再提交' })
  @BoundedText(1, 1000)
  note!: string;
}

export class DisclosureQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'shengtang' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiPropertyOptional({ example: 'L-02' })
  @IsOptional()
  @BoundedText(1, 32)
  itemCode?: string;

  @ApiPropertyOptional({ example: '2026-04' })
  @IsOptional()
  @BoundedText(4, 10)
  period?: string;

  @ApiPropertyOptional({
    enum: DISCLOSURE_STATUSES,
    enumName: 'DisclosureStatus',
    default: 'published',
    example: 'published',
    description:
      'Anyone may list published records; drafts, submitted ones and those pending review need a supervisor, or a clerk of the unit named in `unitCode`.',
  })
  @IsOptional()
  @IsIn(DISCLOSURE_STATUSES)
  status?: DisclosureStatus;
}
