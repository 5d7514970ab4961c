import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsOptional } from 'class-validator';
import { BoundedInt, BoundedText, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '#platform';
import { DisclosureTotalsDto } from './disclosure.dto.js';

export const PUBLICATION_CHANGES = ['published', 'corrected'] as const;

export class DisclosureChangesQueryDto {
  @ApiPropertyOptional({
    example: '2026-06-01T00:00:00+08:00',
    description:
      'Where to continue: the `next` of the previous answer, or an ISO 8601 instant with offset to start from publications after it. Absent: from the first publication.',
  })
  @IsOptional()
  @BoundedText(1, 512)
  since?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE, example: 20, description: 'Changes per answer.' })
  @IsOptional()
  @Type(() => Number)
  @BoundedInt(1, MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;
}

export class DisclosureChangeDto {
  @ApiProperty({ enum: PUBLICATION_CHANGES, enumName: 'DisclosureChangeKind', example: 'corrected', description: '`published`: first publication; `corrected`: a correction became the new public version.' })
  change!: string;

  @ApiProperty({ format: 'uuid', example: '2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13' })
  disclosureId!: string;

  @ApiProperty({ example: 2, description: 'The version that became public; read it in full at `/disclosures/{id}/versions`.' })
  version!: number;

  @ApiProperty({ example: 'shengtang' })
  unitCode!: string;

  @ApiProperty({ example: 'L-02' })
  itemCode!: string;

  @ApiProperty({ example: '2026-04' })
  period!: string;

  @ApiProperty({ example: '盛塘社区2026年4月孤儿和事实无人抚养儿童生活补贴发放公示' })
  title!: string;

  @ApiProperty({ example: '本月共为3名儿童发放生活补贴。' })
  summary!: string;

  @ApiProperty({ type: DisclosureTotalsDto })
  totals!: DisclosureTotalsDto;

  @ApiProperty({ example: 3, description: 'Recipients on the roster; names and ID numbers are not in the feed (the version read shows them masked).' })
  recipientCount!: number;

  @ApiProperty({ example: '补录漏报的一名儿童及其补贴金额', nullable: true, type: String, description: 'Why the version was corrected; null for a first publication.' })
  correctionReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T02:30:00.000Z' })
  publishedAt!: string;
}

export class DisclosureChangesDto {
  @ApiProperty({ type: [DisclosureChangeDto], description: 'In commit order.' })
  items!: DisclosureChangeDto[];

  @ApiProperty({
    example: 'eyJrIjpbIjc0MiIsIjEyIl19.Qm9vWk3xv0b7hS2gR1aTtw',
    description: 'Always present: pass it as `since` on the next call, even when `items` is empty, and no change is missed or repeated.',
  })
  next!: string;

  @ApiProperty({ example: true, description: 'True when every change committed so far has been returned; poll again later. False: call again now with `next`.' })
  caughtUp!: boolean;
}
