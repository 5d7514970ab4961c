import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PageQueryDto, BoundedText, BoundedInt, MatchesPattern } from '#platform';
import { DISCLOSURE_FREQUENCIES, type DisclosureFrequency } from '../disclosure-period.js';
import {
  DISCLOSABLE_EVENTS,
  PUBLICATION_REVIEWS,
  PUBLICATION_RULES,
  SUPERVISION_ITEM_CATEGORIES,
  SUPERVISION_ITEM_ORIGINS,
  type PublicationReview,
  type PublicationRule,
  type SupervisionItemCategory,
  type SupervisionItemOrigin,
} from '../supervision-item-origin.js';

const SUPERVISION_ITEM_CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

export class CreateSupervisionItemDto {
  @ApiProperty({ example: 'L-02', description: 'Item code, unique; upper-case letters and digits in dash-separated groups.' })
  @BoundedText(1, 32)
  @MatchesPattern(SUPERVISION_ITEM_CODE_PATTERN, { message: 'code must be upper-case letters and digits in dash-separated groups, e.g. "L-02"' })
  code!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  @BoundedText(1, 200)
  name!: string;

  @ApiProperty({ example: '经开区社会事业局', description: 'Responsible body (责任主体).' })
  @BoundedText(1, 200)
  responsibleBody!: string;

  @ApiProperty({ example: '经开区纪监工委', description: 'Supervising body (监督机构).' })
  @BoundedText(1, 200)
  supervisingBody!: string;

  @ApiProperty({
    example: '监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放',
    description: 'How the power runs, step by step (权力运行流程).',
    maxLength: 4000,
  })
  @BoundedText(1, 4000)
  process!: string;

  @ApiProperty({ example: '《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号)', description: 'Policy basis (政策依据).' })
  @BoundedText(1, 2000)
  policyBasis!: string;

  @ApiProperty({
    enum: SUPERVISION_ITEM_ORIGINS,
    enumName: 'SupervisionItemOrigin',
    example: 'local',
    description: "`basic-catalogue` (基本监督事项清单) or `local` (the zone's own items).",
  })
  @IsIn(SUPERVISION_ITEM_ORIGINS)
  origin!: SupervisionItemOrigin;

  @ApiProperty({ enum: SUPERVISION_ITEM_CATEGORIES, enumName: 'SupervisionItemCategory', example: 'subsidies' })
  @IsIn(SUPERVISION_ITEM_CATEGORIES)
  category!: SupervisionItemCategory;

  @ApiProperty({ enum: DISCLOSURE_FREQUENCIES, enumName: 'DisclosureFrequency', example: 'monthly', description: 'Required disclosure frequency (公示频次).' })
  @IsIn(DISCLOSURE_FREQUENCIES)
  disclosureFrequency!: DisclosureFrequency;

  @ApiPropertyOptional({ example: 10, default: 10, description: 'Working days after the period ends by which the disclosure is due.' })
  @IsOptional()
  @BoundedInt(0, 60)
  dueWorkingDays?: number;

  @ApiPropertyOptional({
    enum: PUBLICATION_RULES,
    enumName: 'PublicationRule',
    example: 'review',
    default: 'review',
    description: 'For disclosures created from events: `review` makes a draft, `direct` publishes at once.',
  })
  @IsOptional()
  @IsIn(PUBLICATION_RULES)
  publicationRule?: PublicationRule;

  @ApiPropertyOptional({
    enum: PUBLICATION_REVIEWS,
    enumName: 'PublicationReview',
    example: 'review-required',
    default: 'direct',
    description:
      "For disclosures clerks publish: `direct`, the clerk publishes alone; `review-required`, the clerk's publication waits for a discipline supervisor's approval.",
  })
  @IsOptional()
  @IsIn(PUBLICATION_REVIEWS)
  publicationReview?: PublicationReview;

  @ApiPropertyOptional({
    enum: DISCLOSABLE_EVENTS,
    enumName: 'DisclosableEvent',
    example: 'zone.land.batch-approved.v1',
    description: 'Event type whose occurrences become disclosures of this item; one active item per event type.',
  })
  @IsOptional()
  @IsIn(DISCLOSABLE_EVENTS)
  sourceEvent?: string;

  @ApiPropertyOptional({
    example: false,
    default: false,
    description: 'True for a stand-in of an official basic-catalogue entry whose wording is still to be filled in.',
  })
  @IsOptional()
  @IsBoolean()
  placeholder?: boolean;
}

export class UpdateSupervisionItemDto extends PartialType(
  PickType(CreateSupervisionItemDto, [
    'name',
    'responsibleBody',
    'supervisingBody',
    'process',
    'policyBasis',
    'category',
    'disclosureFrequency',
    'dueWorkingDays',
    'publicationRule',
    'publicationReview',
    'placeholder',
  ] as const),
) {
  @ApiProperty({ example: '依据2026年修订的基本监督事项清单更新政策依据', description: 'Why the item changed; kept in its public history.' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class RetireSupervisionItemDto {
  @ApiProperty({ example: '并入新修订的基本监督事项清单第12项' })
  @BoundedText(1, 1000)
  reason!: string;
}

export class SupervisionItemQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: false, default: false, description: 'Include retired items.' })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true')
  @IsBoolean()
  includeRetired?: boolean;

  @ApiPropertyOptional({ enum: SUPERVISION_ITEM_ORIGINS, enumName: 'SupervisionItemOrigin', example: 'local' })
  @IsOptional()
  @IsIn(SUPERVISION_ITEM_ORIGINS)
  origin?: SupervisionItemOrigin;
}
