import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage, ValidationTypes } from 'class-validator';
import { inputViolations } from '../http/input-policy.js';
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

/**
 * class-validator's @ValidateNested lets an array through where an object belongs (`parcels: [[]]`), and
 * the handler then meets an empty shape: every nested value must be an object, or a list of objects.
 */
export function nestedShapeErrors(instance: object, parent = ''): FieldError[] {
  const nested = getMetadataStorage()
    .getTargetValidationMetadatas(instance.constructor, '', true, false)
    .filter((metadata) => metadata.type === ValidationTypes.NESTED_VALIDATION);
  return [...new Set(nested.map((metadata) => metadata.propertyName))].flatMap((property) => {
    const value = (instance as Record<string, unknown>)[property];
    if (value === undefined) return [];
    const field = parent === '' ? property : `${parent}.${property}`;
    const items: [unknown, string][] = Array.isArray(value) ? value.map((item, index) => [item, `${field}.${index}`]) : [[value, field]];
    return items.flatMap(([item, path]) =>
      item !== null && typeof item === 'object' && !Array.isArray(item)
        ? nestedShapeErrors(item, path)
        : [{ field: path, message: `${path} must be an object` }],
    );
  });
}

/**
 * The one gate every path parameter, query and body passes after authentication: first the rules shared
 * by all fields (no null, no NUL, control characters or lone surrogates, no number a JSON number cannot
 * hold exactly), then the DTO's own rules. Unknown fields are rejected, not ignored.
 */
class PlatformValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const errors = inputViolations(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (errors.length > 0) throw ProblemException.validation(errors);
    }
    const transformed: unknown = await super.transform(value, metadata);
    if (metadata.type === 'body' && transformed !== null && typeof transformed === 'object') {
      const errors = nestedShapeErrors(transformed);
      if (errors.length > 0) throw ProblemException.validation(errors);
    }
    // Query and path numbers arrive as text and become numbers only now: "99999999999999999999" is 1e20.
    if (metadata.type === 'query' || metadata.type === 'param') {
      const errors = inputViolations(transformed, metadata.type === 'param' ? (metadata.data ?? '') : '', { nullAllowed: true });
      if (errors.length > 0) throw ProblemException.validation(errors);
    }
    return transformed;
  }
}

export function createValidationPipe(): ValidationPipe {
  return new PlatformValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => ProblemException.validation(fieldErrorsOf(errors)),
  });
}
