import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { BoundedInt, IsBusinessDate } from '#platform';
import { CALENDAR_BASES, type CalendarBasis } from '../core/index.js';

const BASIS_DESCRIPTION =
  '`official` when every day counted lies in a year entered from the State Council notice; `provisional` when some day lies in a year computed from the statutory rule, so the result may change once that year is entered.';

/** More working days than a year holds is no deadline anyone sets. */
const MAX_WORKING_DAYS = 366;

export class AddWorkingDaysQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-30', description: 'The day the period starts from (Asia/Shanghai); it never counts itself.' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({
    type: 'integer',
    example: 1,
    minimum: 0,
    maximum: MAX_WORKING_DAYS,
    description: 'Working days to add; 0 gives `from` if it is a working day, else the next one.',
  })
  @Type(() => Number)
  @BoundedInt(0, MAX_WORKING_DAYS)
  days!: number;
}

export class WorkingDayDueDto {
  @ApiProperty({ format: 'date', example: '2026-09-30' })
  from!: string;

  @ApiProperty({ type: 'integer', example: 1 })
  days!: number;

  @ApiProperty({
    format: 'date',
    example: '2026-10-08',
    description: 'The `days`-th working day after `from`: here past the National Day break of 1–7 October.',
  })
  dueOn!: string;

  @ApiProperty({ enum: CALENDAR_BASES, enumName: 'CalendarBasis', example: 'official', description: BASIS_DESCRIPTION })
  basis!: CalendarBasis;
}

export class WorkingDaysBetweenQueryDto {
  @ApiProperty({ format: 'date', example: '2026-09-30', description: 'Excluded from the count.' })
  @IsBusinessDate()
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-10', description: 'Included in the count.' })
  @IsBusinessDate()
  to!: string;
}

export class WorkingDaysBetweenDto {
  @ApiProperty({ format: 'date', example: '2026-09-30' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-10-10' })
  to!: string;

  @ApiProperty({
    type: 'integer',
    example: 3,
    description:
      'Working days after `from` up to and including `to` (here 8 and 9 October and the make-up Saturday 10 October); negative when `to` is before `from`.',
  })
  workingDays!: number;

  @ApiProperty({ enum: CALENDAR_BASES, enumName: 'CalendarBasis', example: 'official', description: BASIS_DESCRIPTION })
  basis!: CalendarBasis;
}
