import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { MatchesPattern, PageQueryDto } from '#platform';
import { DisclosureTotalsDto } from './disclosure.dto.js';

export const PUBLICATION_CHANGES = ['published', 'corrected'] as const;

/** `cursor` is where the previous answer left off (`nextCursor` or `resumeCursor`); it wins over `since`. */
export class DisclosureChangesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    example: '2026-06-01T00:00:00+08:00',
    description:
      'First call only: start with the publications after this ISO 8601 instant (with offset). Without it and without `cursor`: from the first publication.',
  })
  @IsOptional()
  @MatchesPattern(/^(19|20)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'since must be an ISO 8601 instant with offset, e.g. 2026-06-01T00:00:00+08:00',
  })
  since?: string;
}

export class DisclosureChangeDto {
  @ApiProperty({
    enum: PUBLICATION_CHANGES,
    enumName: 'DisclosureChangeKind',
    example: 'corrected',
    description: '`published`: first publication; `corrected`: a correction became the new public version.',
  })
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

  @ApiProperty({
    example: '补录漏报的一名儿童及其补贴金额',
    nullable: true,
    type: String,
    description: 'Why the version was corrected; null for a first publication.',
  })
  correctionReason!: string | null;

  @ApiProperty({ format: 'date-time', example: '2026-05-12T02:30:00.000Z' })
  publishedAt!: string;
}

export class DisclosureChangesDto {
  @ApiProperty({ type: [DisclosureChangeDto], description: 'In commit order.' })
  items!: DisclosureChangeDto[];

  @ApiPropertyOptional({
    description: 'More changes are ready: call again now with this as `cursor`. Absent once every committed change has been returned.',
    example: 'eyJrIjpbIjc0MiIsIjEyIl19.Qm9vWk3xv0b7hS2gR1aTtw',
  })
  nextCursor?: string;

  @ApiProperty({
    example: 'eyJrIjpbIjc1MCIsIjAiXX0.Zk1xq0b7hS2gR1aTtwQm9v',
    description:
      'Always present: where to continue, now or at the next poll. Pass it as `cursor`, also after an empty answer, and no change is missed or repeated.',
  })
  resumeCursor!: string;
}
