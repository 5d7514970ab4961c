import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isBusinessDate } from '#platform';

/** Area in mu (亩) as a decimal string with at most 4 places; never a JSON number. */
export const AREA_MU_PATTERN = /^\d{1,10}(\.\d{1,4})?$/;

/** A real calendar date written YYYY-MM-DD (a business date in Asia/Shanghai). */
export function IsBusinessDateString(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isBusinessDateString',
      validator: {
        validate: (value: unknown) => isBusinessDate(value),
        defaultMessage: (args) => `${args?.property ?? 'value'} must be a real date as YYYY-MM-DD`,
      },
    },
    options,
  );
}
