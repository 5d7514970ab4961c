import { ValidationPipe, type ValidationError } from '@nestjs/common';
import type { FieldError } from './problem-details.js';
import { ProblemException } from './problem.exception.js';

/** Flattens nested class-validator errors into `field.path: message` pairs. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent === '' ? error.property : `${parent}.${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...fieldErrorsOf(error.children ?? [], field)];
  });
}

/** Unknown fields are rejected, not ignored; failures answer with field errors. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => ProblemException.validation(fieldErrorsOf(errors)),
  });
}
