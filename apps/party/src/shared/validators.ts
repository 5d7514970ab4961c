import { ValidateBy, type ValidationOptions } from 'class-validator';
import { creditCodeProblem, normaliseCreditCode } from '../entities/credit-code.js';

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


