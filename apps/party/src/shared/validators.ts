import { ValidateBy, type ValidationOptions } from 'class-validator';
import { creditCodeProblem, normaliseCreditCode } from '../entities/credit-code.js';
import { idNumberProblem } from '#platform';

/** A unified social credit code with a correct GB 32100 check character (case and spaces ignored). */
export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'is-credit-code',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && creditCodeProblem(normaliseCreditCode(value)) === null,
        defaultMessage: (args) => {
          const value = args?.value;
          return `${args?.property} ${typeof value === 'string' ? (creditCodeProblem(normaliseCreditCode(value)) ?? 'is invalid') : 'must be a string'}`;
        },
      },
    },
    options,
  );
}

/** A mainland resident ID number with a correct GB 11643 check digit. */
export function IsResidentId(): PropertyDecorator {
  return ValidateBy({
    name: 'is-resident-id',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && idNumberProblem(value) === undefined,
      defaultMessage: (args) => {
        const value = args?.value;
        return typeof value === 'string' ? `${args?.property}: ${idNumberProblem(value) ?? 'is invalid'}` : `${args?.property} must be a string`;
      },
    },
  });
}

export const BUSINESS_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
