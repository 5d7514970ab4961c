import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, ValidateIf } from 'class-validator';
import { PageDtoOf, PageQueryDto, IsBusinessDate, BoundedText, MatchesPattern } from '#platform';
import { POLICY_KINDS, type PolicyKind } from '../business-policy.entity.js';

const AMOUNT_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

export class CreateBusinessPolicyDto {
  @ApiProperty({ example: '经开区双招双引人才安居补贴' })
  @BoundedText(1, 200)
  title!: string;

  @ApiProperty({
    enum: POLICY_KINDS,
    enumName: 'PolicyKind',
    example: 'talent-attraction',
    description: '招商引资 (investment-attraction), 招才引智 (talent-attraction) or other.',
  })
  @IsIn(POLICY_KINDS)
  kind!: PolicyKind;

  @ApiProperty({ example: '对新引进的高层次人才给予安居补贴。' })
  @BoundedText(1, 4000)
  summary!: string;

  @ApiProperty({ example: '在经开区企业就业并缴纳社保的新引进人才。' })
  @BoundedText(1, 4000)
  eligibility!: string;

  @ApiProperty({ example: '企业汇总申报 → 人社部门审核 → 公示 → 拨付', description: 'How to apply (申报指南).' })
  @BoundedText(1, 4000)
  howToApply!: string;

  @ApiProperty({ example: '经开区营商环境办', description: 'Department that takes applications.' })
  @BoundedText(1, 200)
  department!: string;

  @ApiProperty({ example: '以正式印发文件为准' })
  @BoundedText(1, 2000)
  policyBasis!: string;

  @ApiPropertyOptional({ example: false, default: false, description: 'Marks demonstration entries.' })
  @IsOptional()
  @IsBoolean()
  demo?: boolean;
}

export class BusinessPolicyDto {
  @ApiProperty({ format: 'uuid', example: '4d2e6f8a-1b3c-4e5d-9f7a-2c4e6a8b0d13' })
  id!: string;

  @ApiProperty({ example: '经开区双招双引人才安居补贴' })
  title!: string;

  @ApiProperty({ enum: POLICY_KINDS, enumName: 'PolicyKind', example: 'talent-attraction' })
  kind!: string;

  @ApiProperty({ example: '对新引进的高层次人才给予安居补贴。' })
  summary!: string;

  @ApiProperty({ example: '在经开区企业就业并缴纳社保的新引进人才。' })
  eligibility!: string;

  @ApiProperty({ example: '企业汇总申报 → 人社部门审核 → 公示 → 拨付' })
  howToApply!: string;

  @ApiProperty({ example: '经开区营商环境办' })
  department!: string;

  @ApiProperty({ example: '以正式印发文件为准' })
  policyBasis!: string;

  @ApiProperty({ example: false })
  demo!: boolean;

  @ApiProperty({ example: 12, description: 'Payouts recorded under the policy.' })
  payoutCount!: number;

  @ApiProperty({ example: '360000.00', description: 'Exact total paid, yuan.' })
  payoutTotal!: string;

  @ApiProperty({ format: 'date-time', example: '2026-03-01T01:00:00.000Z' })
  publishedAt!: string;
}

export class BusinessPolicyPageDto extends PageDtoOf(BusinessPolicyDto) {}

export class BusinessPolicyQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: POLICY_KINDS, enumName: 'PolicyKind', example: 'talent-attraction' })
  @IsOptional()
  @IsIn(POLICY_KINDS)
  kind?: PolicyKind;
}

export class RecordPayoutDto {
  @ApiProperty({ enum: ['enterprise', 'individual'], enumName: 'RecipientKind', example: 'enterprise' })
  @IsIn(['enterprise', 'individual'])
  recipientKind!: 'enterprise' | 'individual';

  @ApiPropertyOptional({ example: '安庆某新能源科技有限公司', description: 'Required for enterprises; public.' })
  @ValidateIf((payout: RecordPayoutDto) => payout.recipientKind === 'enterprise' || payout.enterpriseName !== undefined)
  @BoundedText(1, 200)
  enterpriseName?: string;

  @ApiPropertyOptional({ example: '李明', description: 'Required for individuals; stored encrypted, shown masked (李*).' })
  @ValidateIf((payout: RecordPayoutDto) => payout.recipientKind === 'individual' || payout.personName !== undefined)
  @BoundedText(1, 50)
  personName?: string;

  @ApiProperty({ example: '30000.00', description: 'Yuan, exact decimal string.' })
  @MatchesPattern(AMOUNT_PATTERN, { message: 'amount must be a decimal string with at most 2 places, e.g. "30000.00"' })
  amount!: string;

  @ApiProperty({ example: '2026-04-15', description: 'Date paid (Asia/Shanghai).' })
  @IsBusinessDate()
  paidOn!: string;

  @ApiProperty({ example: '经开财拨〔2026〕15号-03', description: 'Payment reference, unique per policy: a retried record is refused, not doubled.' })
  @BoundedText(1, 100)
  reference!: string;

  @ApiPropertyOptional({ example: '首批兑现' })
  @IsOptional()
  @BoundedText(1, 500)
  note?: string;
}

export class PayoutDto {
  @ApiProperty({ format: 'uuid', example: '7b1d3f5a-9c2e-4a6b-8d0f-1e3a5c7b9d24' })
  id!: string;

  @ApiProperty({ enum: ['enterprise', 'individual'], enumName: 'RecipientKind', example: 'enterprise' })
  recipientKind!: string;

  @ApiProperty({ example: '安庆某新能源科技有限公司', description: "Enterprise name, or the person's name masked for anyone but the column's administrators." })
  recipient!: string;

  @ApiProperty({ example: '30000.00' })
  amount!: string;

  @ApiProperty({ format: 'date', example: '2026-04-15' })
  paidOn!: string;

  @ApiProperty({ example: '经开财拨〔2026〕15号-03' })
  reference!: string;

  @ApiProperty({ example: '首批兑现', nullable: true, type: String })
  note!: string | null;
}

export class PayoutPageDto extends PageDtoOf(PayoutDto) {}
