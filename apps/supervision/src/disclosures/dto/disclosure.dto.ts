import { ApiProperty } from '@nestjs/swagger';
import { PageDtoOf } from '#platform';
import { DISCLOSURE_STATUSES } from '../disclosure-rules.js';
import { AttachmentReferenceDto, DisclosureLineDto } from './disclosure-input.dto.js';

export class RecipientDto {
  @ApiProperty({ example: '杨**', description: 'Masked (surname only) unless the caller is a supervisor or a clerk of the unit.' })
  name!: string;

  @ApiProperty({ example: '340811********123X', nullable: true, type: String, description: 'Masked unless the caller is a supervisor or a clerk of the unit.' })
  idNumber!: string | null;

  @ApiProperty({ example: '1200.00', nullable: true, type: String })
  amount!: string | null;

  @ApiProperty({ example: '事实无人抚养儿童', nullable: true, type: String })
  note!: string | null;
}

export class DisclosureTotalsDto {
  @ApiProperty({ example: '3600.00', required: false, description: 'Sum of the yuan lines, exact.' })
  yuan?: string;

  @ApiProperty({ example: '382.5400', required: false, description: 'Sum of the mu lines, exact.' })
  mu?: string;
}

export class DisclosureVersionDto {
  @ApiProperty({ example: 1 })
  version!: number;

  @ApiProperty({ example: '盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示' })
  title!: string;

  @ApiProperty({ example: '本月共为3名儿童发放生活补贴。' })
  summary!: string;

  @ApiProperty({ type: [DisclosureLineDto] })
  lines!: DisclosureLineDto[];

  @ApiProperty({ type: DisclosureTotalsDto })
  totals!: DisclosureTotalsDto;

  @ApiProperty({ type: [RecipientDto] })
  recipients!: RecipientDto[];

  @ApiProperty({ type: [AttachmentReferenceDto] })
  attachments!: AttachmentReferenceDto[];

  @ApiProperty({ example: null, nullable: true, type: String, description: 'Why this version corrected the previous one.' })
  correctionReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-08T01:00:00.000Z', nullable: true, type: String })
  publishedAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-07T08:00:00.000Z' })
  createdAt!: string;
}

export class DisclosureListItemDto {
  @ApiProperty({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13' })
  id!: string;

  @ApiProperty({ example: 'shengtang' })
  unitCode!: string;

  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '2026-04' })
  period!: string;

  @ApiProperty({ enum: DISCLOSURE_STATUSES, enumName: 'DisclosureStatus', example: 'published' })
  status!: string;

  @ApiProperty({ example: 1 })
  currentVersion!: number;

  @ApiProperty({ example: '盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示' })
  title!: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-08T01:00:00.000Z', nullable: true, type: String })
  firstPublishedAt!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-07T08:00:00.000Z' })
  createdAt!: string;
}

/** One disclosure in full: the list item plus its item name, masking state and current content. */
export class DisclosureDto extends DisclosureListItemDto {
  @ApiProperty({ example: '孤儿和事实无人抚养儿童生活补贴' })
  itemName!: string;

  @ApiProperty({ format: 'date-time', example: '2026-05-08T01:00:00.000Z' })
  updatedAt!: string;

  @ApiProperty({ example: true, description: "Whether recipients' personal data is masked in this response." })
  personalDataMasked!: boolean;

  @ApiProperty({ type: DisclosureVersionDto, description: 'The current version.' })
  content!: DisclosureVersionDto;
}

export class DisclosureListItemPageDto extends PageDtoOf(DisclosureListItemDto) {}
export class DisclosureVersionPageDto extends PageDtoOf(DisclosureVersionDto) {}
