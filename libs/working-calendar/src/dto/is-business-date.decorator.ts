import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isBusinessDate } from '#platform';

/** A real calendar date written `YYYY-MM-DD`: neither 2026-02-30 nor a date-time. */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isBusinessDate', validator: { validate: (value) => isBusinessDate(value), defaultMessage: () => '$property must be a real date written YYYY-MM-DD' } },
    options,
  );
}
