import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayUnique, IsIn, IsOptional } from 'class-validator';
import {
  PageDtoOf,
  PageQueryDto,
  IsBusinessDate,
  BoundedText,
  BoundedArray,
  MatchesPattern,
  UuidString,
  ReportingPeriodDto,
  ReportingPeriodQueryDto,
} from '#platform';
import { RATING_LEVELS, type RatingLevel } from '../../ratings/rating-rules.js';
import { MERCHANT_SECTORS, type Merchant, type MerchantSector } from '../merchant.entity.js';
import { type Benefit } from '../benefit.entity.js';
import { type BenefitUse } from '../benefit-use.entity.js';

const CODE = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
const CODE_MESSAGE = { message: 'code must be upper-case letters and digits in dash-separated groups' };

export class CreateMerchantDto {
  @ApiProperty({ example: 'LB-CAR-01' })
  @MatchesPattern(CODE, CODE_MESSAGE)
  @BoundedText(1, 32)
  code!: string;

  @ApiProperty({ example: 'lingbei', description: 'The community that signed the merchant, or the sub-district code when it signed for all its communities.' })
  @BoundedText(1, 64)
  unitCode!: string;

  @ApiProperty({ example: '共建汽车维修店' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({
    enum: MERCHANT_SECTORS,
    enumName: 'MerchantSector',
    isArray: true,
    example: ['transport', 'services'],
    description: 'Every sector the merchant serves: at least one, each once.',
  })
  @BoundedArray(1, MERCHANT_SECTORS.length)
  @ArrayUnique({ message: 'sectors must not repeat a sector' })
  @IsIn(MERCHANT_SECTORS, { each: true })
  sectors!: MerchantSector[];

  @ApiProperty({ example: '2026-03-01', description: 'Date of signing and plaquing (签约授牌).' })
  @IsBusinessDate()
  signedOn!: string;

  @ApiPropertyOptional({ example: 'merchant-car-01', description: "Token subject of the merchant's account, which may then verify cards and record uses." })
  @IsOptional()
  @BoundedText(1, 128)
  accountId?: string;
}

export class MerchantDto {
  @ApiProperty({ format: 'uuid', example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d' })
  id!: string;

  @ApiProperty({ example: 'LB-CAR-01' })
  code!: string;

  @ApiProperty({ example: 'lingbei' })
  unitCode!: string;

  @ApiProperty({ example: '共建汽车维修店' })
  name!: string;

  @ApiProperty({
    enum: MERCHANT_SECTORS,
    enumName: 'MerchantSector',
    isArray: true,
    example: ['transport', 'services'],
    description: 'Every sector the merchant serves, at least one.',
  })
  sectors!: MerchantSector[];

  @ApiProperty({ format: 'date', example: '2026-03-01' })
  signedOn!: string;

  static of(merchant: Merchant): MerchantDto {
    return { id: merchant.id, code: merchant.code, unitCode: merchant.unitCode, name: merchant.name, sectors: merchant.sectors, signedOn: merchant.signedOn };
  }
}

export class MerchantPageDto extends PageDtoOf(MerchantDto) {}

export class ListMerchantsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'wuling' })
  @IsOptional()
  @BoundedText(1, 64)
  unitCode?: string;

  @ApiPropertyOptional({
    enum: MERCHANT_SECTORS,
    enumName: 'MerchantSector',
    example: 'services',
    description: 'Merchants serving this sector, among others or alone.',
  })
  @IsOptional()
  @IsIn(MERCHANT_SECTORS)
  sector?: MerchantSector;
}

export class CreateBenefitDto {
  @ApiProperty({ example: 'LB-CAR-01-SERVICE' })
  @MatchesPattern(CODE, CODE_MESSAGE)
  @BoundedText(1, 48)
  code!: string;

  @ApiProperty({ example: 'LB-CAR-01', description: 'Code of the merchant offering it.' })
  @BoundedText(1, 32)
  merchantCode!: string;

  @ApiProperty({ example: '汽车保养八折' })
  @BoundedText(1, 200)
  title!: string;

  @ApiProperty({ example: 'AA级及以上信用户凭信用服务等级卡和积分，汽车保养享受八折优惠' })
  @BoundedText(1, 1000)
  description!: string;

  @ApiProperty({ enum: RATING_LEVELS, enumName: 'RatingLevel', example: 'AA', description: 'Lowest household rating that qualifies.' })
  @IsIn(RATING_LEVELS)
  minimumLevel!: RatingLevel;
}

export class BenefitDto {
  @ApiProperty({ format: 'uuid', example: '3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d' })
  id!: string;

  @ApiProperty({ example: 'LB-CAR-01-SERVICE' })
  code!: string;

  @ApiProperty({ format: 'uuid', example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d' })
  merchantId!: string;

  @ApiProperty({ example: '共建汽车维修店' })
  merchantName!: string;

  @ApiProperty({ example: 'lingbei' })
  unitCode!: string;

  @ApiProperty({ example: '汽车保养八折' })
  title!: string;

  @ApiProperty({ example: 'AA级及以上信用户凭信用服务等级卡和积分，汽车保养享受八折优惠' })
  description!: string;

  @ApiProperty({ enum: RATING_LEVELS, enumName: 'RatingLevel', example: 'AA' })
  minimumLevel!: string;

  @ApiProperty({ example: true })
  active!: boolean;

  static of(benefit: Benefit, merchant: Merchant): BenefitDto {
    return {
      id: benefit.id,
      code: benefit.code,
      merchantId: merchant.id,
      merchantName: merchant.name,
      unitCode: merchant.unitCode,
      title: benefit.title,
      description: benefit.description,
      minimumLevel: benefit.minimumLevel,
      active: benefit.active,
    };
  }
}

export class BenefitPageDto extends PageDtoOf(BenefitDto) {}

export class ListBenefitsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d' })
  @IsOptional()
  @UuidString()
  merchantId?: string;

  @ApiPropertyOptional({ enum: RATING_LEVELS, enumName: 'RatingLevel', example: 'AA', description: 'Benefits this level qualifies for.' })
  @IsOptional()
  @IsIn(RATING_LEVELS)
  forLevel?: RatingLevel;
}

/** A card as a merchant sees it: the number typed in, or the QR code scanned. */
export class CardPresentationDto {
  @ApiProperty({ format: 'uuid', example: '3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d' })
  @UuidString()
  benefitId!: string;

  @ApiPropertyOptional({ example: 'XY-4827-1934-5561', description: 'The card number; give this or `qrPayload`.' })
  @IsOptional()
  @MatchesPattern(/^XY-\d{4}-\d{4}-\d{4}$/, { message: 'cardNumber must look like XY-0000-0000-0000' })
  cardNumber?: string;

  @ApiPropertyOptional({
    example: 'XYK1.eyJjIjoiWFktNDgyNy0xOTM0LTU1NjEiLCJlIjoxNzc2NTAzODAwfQ.q3Jw0m2c7f0VbW1Zq0a8Y3nKx9tQe5Rr2sLh4uPj6Io',
    description: 'The scanned QR code; give this or `cardNumber`.',
  })
  @IsOptional()
  @BoundedText(10, 400)
  qrPayload?: string;
}

export class CardVerificationDto {
  @ApiProperty({ format: 'uuid', example: '3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d' })
  benefitId!: string;

  @ApiProperty({ example: true, description: "Whether the card's household qualifies for the benefit now. Nothing else about the household is revealed." })
  qualifies!: boolean;

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:31:02.000Z' })
  checkedAt!: string;
}

export class BenefitUseDto {
  @ApiProperty({ format: 'uuid', example: '4d5e6f70-8192-4a0b-9c1d-3e4f5a6b7c8d' })
  id!: string;

  @ApiProperty({ format: 'uuid', example: '3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d' })
  benefitId!: string;

  @ApiProperty({ format: 'uuid', example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d' })
  merchantId!: string;

  @ApiPropertyOptional({ format: 'uuid', example: '0b8f7c1e-2d3a-4b5c-8d6e-7f8091a2b3c4', description: 'Shown to credit staff only, never to merchants.' })
  householdId?: string;

  @ApiPropertyOptional({ example: 'shengtang', description: 'Shown to credit staff only.' })
  communityCode?: string;

  @ApiProperty({ format: 'date-time', example: '2026-04-18T09:31:02.000Z', description: 'When the platform recorded the use.' })
  usedAt!: string;

  @ApiProperty({ format: 'date', example: '2026-04-18', description: 'Business date of the use (Asia/Shanghai); statistics count the use on this day.' })
  usedOn!: string;

  @ApiProperty({ example: false, description: 'Entered after the fact by a records clerk (history from before the platform), not recorded at the till.' })
  recordedLate!: boolean;

  static of(use: BenefitUse, forStaff: boolean): BenefitUseDto {
    return {
      id: use.id,
      benefitId: use.benefitId,
      merchantId: use.merchantId,
      ...(forStaff ? { householdId: use.householdId, communityCode: use.communityCode } : {}),
      usedAt: use.usedAt.toISOString(),
      usedOn: use.usedOn,
      recordedLate: use.recordedLate,
    };
  }
}

export class BenefitUsePageDto extends PageDtoOf(BenefitUseDto) {}

export class ListBenefitUsesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d' })
  @IsOptional()
  @UuidString()
  benefitId?: string;
}

/** A use from before the platform, entered from the merchant's paper record by a records clerk. */
export class RecordHistoricalBenefitUseDto {
  @ApiProperty({ example: 'LB-GUSHU-FEE', description: 'The benefit by code.' })
  @BoundedText(1, 32)
  benefitCode!: string;

  @ApiProperty({ example: 'shengtang', description: "The household's community." })
  @BoundedText(1, 64)
  communityCode!: string;

  @ApiProperty({ example: 'ST-0001', description: "The household's number in its community." })
  @BoundedText(1, 32)
  householdNumber!: string;

  @ApiProperty({
    example: '2026-03-20',
    description: 'Business date of the use (Asia/Shanghai): before today, not before 2019-01-01 nor before the merchant signed.',
  })
  @IsBusinessDate()
  occurredOn!: string;

  @ApiProperty({ example: '补录古树物业2026年3月物业费减免登记表', description: 'Why the use is entered late and from which source; kept in the audit log.' })
  @BoundedText(5, 500)
  reason!: string;
}

export class BenefitStatisticsQueryDto extends ReportingPeriodQueryDto {
  @ApiPropertyOptional({ format: 'uuid', example: '2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d', description: "Only this merchant's benefits." })
  @IsOptional()
  @UuidString()
  merchantId?: string;

  @ApiPropertyOptional({ example: 'LB-GUSHU-FEE', description: 'Only this benefit.' })
  @IsOptional()
  @BoundedText(1, 32)
  benefitCode?: string;
}

export class BenefitStatisticsItemDto {
  @ApiProperty({ example: 'LB-GUSHU' })
  merchantCode!: string;

  @ApiProperty({ example: '古树物业' })
  merchantName!: string;

  @ApiProperty({ format: 'uuid', example: '3c4d5e6f-7081-4a9b-8c0d-2e3f4a5b6c7d' })
  benefitId!: string;

  @ApiProperty({ example: 'LB-GUSHU-FEE' })
  benefitCode!: string;

  @ApiProperty({ example: '减免一个月物业费' })
  title!: string;

  @ApiProperty({ type: 'integer', example: 117, description: 'Uses in the window, by business date.' })
  uses!: number;

  @ApiProperty({ type: 'integer', example: 117, description: 'Distinct households among those uses.' })
  households!: number;

  @ApiProperty({ type: 'integer', example: 117, description: 'Of the uses, those entered after the fact (history from before the platform).' })
  recordedLateUses!: number;
}

export class BenefitStatisticsDto {
  @ApiProperty({ type: ReportingPeriodDto, description: 'Business days counted.' })
  period!: ReportingPeriodDto;

  @ApiProperty({
    type: [BenefitStatisticsItemDto],
    description: 'One row per benefit (merchant code, then benefit code; at most 100), counted from the uses by business date.',
  })
  benefits!: BenefitStatisticsItemDto[];
}
