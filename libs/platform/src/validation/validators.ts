import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isBusinessDate } from '../calendar/business-date.js';
import { idNumberProblem, isValidMobile } from '../pii/resident-id.js';

/** A real calendar date written `YYYY-MM-DD`: neither 2026-02-30 nor a date-time. */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isBusinessDate', validator: { validate: (value) => isBusinessDate(value), defaultMessage: () => '$property must be a real date written YYYY-MM-DD' } },
    options,
  );
}

/** A mainland resident ID number (GB 11643): shape, date of birth and check character. */
export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isIdNumber',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && idNumberProblem(value) === undefined,
        defaultMessage: (args) => (typeof args?.value === 'string' ? idNumberProblem(args.value) : undefined) ?? `${args?.property} must be a mainland resident ID number`,
      },
    },
    options,
  );
}

/** An 11-digit mainland mobile number. */
export function IsMobile(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    { name: 'isMobile', validator: { validate: (value: unknown) => typeof value === 'string' && isValidMobile(value), defaultMessage: () => '$property must be an 11-digit mainland mobile number' } },
    options,
  );
}
