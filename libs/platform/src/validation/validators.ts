import { applyDecorators } from '@nestjs/common';
import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isBusinessDate } from '#working-calendar/core';
import { DocumentedString } from './bounds.js';
import { ID_NUMBER_SHAPE, idNumberProblem, isValidMobile, MOBILE_SHAPE } from '../pii/resident-id.js';

/**
 * A real calendar date written `YYYY-MM-DD`: neither 2026-02-30 nor a date-time. Documented as
 * `format: date`.
 */
export function IsBusinessDate(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isBusinessDate',
        validator: { validate: (value) => isBusinessDate(value), defaultMessage: () => '$property must be a real date written YYYY-MM-DD' },
      },
      options,
    ),
    DocumentedString({ format: 'date' }, options),
  );
}

/**
 * A mainland resident ID number (GB 11643): shape, date of birth and check character. Documented with
 * the shape (spaces and a lower-case x are tolerated on input).
 */
export function IsIdNumber(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isIdNumber',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && idNumberProblem(value) === undefined,
          defaultMessage: (args) =>
            (typeof args?.value === 'string' ? idNumberProblem(args.value) : undefined) ?? `${args?.property} must be a mainland resident ID number`,
        },
      },
      options,
    ),
    DocumentedString({ pattern: ID_NUMBER_SHAPE.source }, options),
  );
}

/** An 11-digit mainland mobile number, documented with its pattern. */
export function IsMobile(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(
    ValidateBy(
      {
        name: 'isMobile',
        validator: {
          validate: (value: unknown) => typeof value === 'string' && isValidMobile(value),
          defaultMessage: () => '$property must be an 11-digit mainland mobile number',
        },
      },
      options,
    ),
    DocumentedString({ pattern: MOBILE_SHAPE.source }, options),
  );
}
