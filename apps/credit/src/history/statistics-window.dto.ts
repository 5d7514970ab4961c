import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsBusinessDate } from '#platform';

/** `asOf` (one day) or `from`/`to` (a period): business dates in Asia/Shanghai; with neither, as of today. */
export class StatisticsWindowQueryDto {
  @ApiPropertyOptional({ example: '2026-04-30', description: 'Count everything up to and including this business date (Asia/Shanghai). Today when neither this nor `to` is given; not together with `from`/`to`.' })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;

  @ApiPropertyOptional({ example: '2026-03-01', description: 'First business date of the period counted (inclusive).' })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-04-30', description: 'Last business date of the period counted (inclusive); today when only `from` is given. A `to` before `from` is refused (`date-order`).' })
  @IsOptional()
  @IsBusinessDate()
  to?: string;
}

/** The days an answer counts, stated in the answer (and in an export's first row). */
export class StatisticsWindowDto {
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: null, description: 'First business date counted; null: from the first record.' })
  from!: string | null;

  @ApiProperty({ format: 'date', example: '2026-04-30', description: 'Last business date counted.' })
  asOf!: string;
}
