import { applyDecorators } from '@nestjs/common';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { DocumentedString } from '#platform';
import { CREDIT_CODE_SHAPE, creditCodeProblem, normaliseCreditCode } from '../surveyed-entities/credit-code.js';

/**
 * A unified social credit code with a correct GB 32100 check character (case and spaces ignored),
 * documented with the shape of its stored form.
 */
export function IsCreditCode(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
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
    ),
    DocumentedString({ pattern: CREDIT_CODE_SHAPE.source }, options),
  );
}
