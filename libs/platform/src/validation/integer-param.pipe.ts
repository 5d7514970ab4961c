import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { ProblemException } from '../problem/problem.exception.js';

/** A path or query integer within bounds the database can hold, e.g. a year: `99999999999999999999` is a 400, not an overflow. */
@Injectable()
export class IntegerParamPipe implements PipeTransform<string, number> {
  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: string, metadata: ArgumentMetadata): number {
    const parsed = /^-?\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
    if (Number.isSafeInteger(parsed) && parsed >= this.min && parsed <= this.max) return parsed;
    const field = metadata.data ?? 'value';
    throw ProblemException.validation([{ field, message: `${field} must be an integer from ${this.min} to ${this.max}` }]);
  }
}

/** Calendar years are four-digit, as everywhere in the platform. */
export const YEAR_PARAM_PIPE = new IntegerParamPipe(1000, 9999);
