import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { clock } from '../clock/clock.js';
import { assertDateOrder } from '../problem/date-order.js';
import { ProblemException } from '../problem/problem.exception.js';
import { IsBusinessDate } from '../validation/validators.js';
import type { ReportingPeriod } from './period.js';

/** The period a statistics answer counted, as resolved from `asOf` or `from`/`to`; every such answer states it. */
export class ReportingPeriodDto implements ReportingPeriod {
  @ApiProperty({
    format: 'date',
    nullable: true,
    type: String,
    example: null,
    description: 'First day counted; null when counting everything up to `to` (an `asOf` answer).',
  })
  from!: string | null;

  @ApiProperty({ format: 'date', example: '2026-04-30', description: 'Last day counted, inclusive: the figures are as of its end.' })
  to!: string;
}

/** The query parameters every statistics operation takes. */
export class ReportingPeriodQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-04-30',
    description:
      'Figures as of the end of this day (Asia/Shanghai), counting everything up to it; today when neither asOf nor from/to is given. Not with from/to.',
  })
  @IsOptional()
  @IsBusinessDate()
  asOf?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-01-01',
    description: 'First day of the period (inclusive); only what happened from this day on counts.',
  })
  @IsOptional()
  @IsBusinessDate()
  from?: string;

  @ApiPropertyOptional({
    format: 'date',
    example: '2026-04-30',
    description: 'Last day of the period (inclusive), default today; the figures are as of its end.',
  })
  @IsOptional()
  @IsBusinessDate()
  to?: string;
}

/**
 * Resolves the query into the period counted: `asOf` alone, or `from`/`to` (a missing `to` is today);
 * neither is as of today. `asOf` with `from` or `to` is a 400; `from` after `to` the shared 422 `date-order`.
 */
export function reportingPeriodOf(query: ReportingPeriodQueryDto): ReportingPeriod {
  if (query.asOf !== undefined && (query.from !== undefined || query.to !== undefined)) {
    const field = query.from !== undefined ? 'from' : 'to';
    throw ProblemException.validation([{ field, message: `${field} cannot be combined with asOf` }]);
  }
  if (query.asOf !== undefined) return { from: null, to: query.asOf };
  const to = query.to ?? clock.today();
  assertDateOrder([
    { name: 'from', date: query.from },
    { name: 'to', date: to },
  ]);
  return { from: query.from ?? null, to };
}
