import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { DISCLOSURE_FREQUENCIES } from '../disclosure-period.js';
import { PUBLICATION_REVIEWS, PUBLICATION_RULES, SUPERVISION_ITEM_CATEGORIES, SUPERVISION_ITEM_ORIGINS } from '../supervision-item-origin.js';
import type { SupervisionItem, SupervisionItemChange } from '../supervision-item.entity.js';

export class SupervisionItemDto {
  @ApiProperty({ format: 'uuid', example: '8e2b6f1c-7d3a-4c95-b1e4-0a9f5d3c2e71' })
  id!: string;

  @ApiProperty({ example: 'L-02' })
  code!: string;

  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  name!: string;

  @ApiProperty({ example: '经开区社会事业局' })
  responsibleBody!: string;

  @ApiProperty({ example: '经开区纪监工委' })
  supervisingBody!: string;

  @ApiProperty({ example: '监护人申请 → 村(社区)受理初审并公示 → 镇(办事处)审核 → 社会事业局审批 → 按月发放' })
  process!: string;

  @ApiProperty({ example: '《关于进一步加强事实无人抚养儿童保障工作的意见》(民发〔2019〕62号)' })
  policyBasis!: string;

  @ApiProperty({ enum: SUPERVISION_ITEM_ORIGINS, enumName: 'SupervisionItemOrigin', example: 'local' })
  origin!: string;

  @ApiProperty({ enum: SUPERVISION_ITEM_CATEGORIES, enumName: 'SupervisionItemCategory', example: 'subsidies' })
  category!: string;

  @ApiProperty({ enum: DISCLOSURE_FREQUENCIES, enumName: 'DisclosureFrequency', example: 'monthly' })
  disclosureFrequency!: string;

  @ApiProperty({ example: 10 })
  dueWorkingDays!: number;

  @ApiProperty({ enum: PUBLICATION_RULES, enumName: 'PublicationRule', example: 'review' })
  publicationRule!: string;

  @ApiProperty({
    enum: PUBLICATION_REVIEWS,
    enumName: 'PublicationReview',
    example: 'direct',
    description: "`review-required`: a clerk's publication waits for a discipline supervisor's approval.",
  })
  publicationReview!: string;

  @ApiProperty({ example: null, nullable: true, type: String })
  sourceEvent!: string | null;

  @ApiProperty({ example: false })
  placeholder!: boolean;

  @ApiProperty({ example: 1, description: 'Incremented by every change; see the history.' })
  version!: number;

  @ApiProperty({ format: 'date-time', example: null, nullable: true, type: String })
  retiredAt!: string | null;

  @ApiProperty({ example: null, nullable: true, type: String })
  retiredReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-01-27T01:00:00.000Z' })
  createdAt!: string;

  static of(item: SupervisionItem): SupervisionItemDto {
    return {
      id: item.id,
      code: item.code,
      name: item.name,
      responsibleBody: item.responsibleBody,
      supervisingBody: item.supervisingBody,
      process: item.process,
      policyBasis: item.policyBasis,
      origin: item.origin,
      category: item.category,
      disclosureFrequency: item.disclosureFrequency,
      dueWorkingDays: item.dueWorkingDays,
      publicationRule: item.publicationRule,
      publicationReview: item.publicationReview,
      sourceEvent: item.sourceEvent,
      placeholder: item.placeholder,
      version: item.version,
      retiredAt: item.retiredAt?.toISOString() ?? null,
      retiredReason: item.retiredReason,
      createdAt: item.createdAt.toISOString(),
    };
  }
}

export class SupervisionItemPageDto extends PageDtoOf(SupervisionItemDto) {}

export class SupervisionItemChangeDto {
  @ApiProperty({ example: 2 })
  version!: number;

  @ApiProperty({ enum: ['created', 'updated', 'retired'], example: 'updated' })
  change!: string;

  @ApiProperty({ example: '依据2026年修订的基本监督事项清单更新政策依据', nullable: true, type: String })
  reason!: string | null;

  @ApiProperty({ type: SupervisionItemDto, description: 'The item as it stood after this change.' })
  snapshot!: Record<string, unknown>;

  @ApiProperty({ format: 'date-time', example: '2026-03-02T02:00:00.000Z' })
  changedAt!: string;

  static of(change: SupervisionItemChange): SupervisionItemChangeDto {
    return { version: change.version, change: change.change, reason: change.reason, snapshot: change.snapshot, changedAt: change.changedAt.toISOString() };
  }
}

export class SupervisionItemChangePageDto extends PageDtoOf(SupervisionItemChangeDto) {}
