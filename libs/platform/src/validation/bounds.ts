import { applyDecorators, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam, ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Length, Matches, Max, Min, type ValidationOptions } from 'class-validator';

/**
 * The general input limits (README, "Requests"). Every string, array and integer a request carries is
 * bounded; these are the sizes fields of each kind get unless their domain says otherwise.
 */
export const INPUT_LIMITS = {
  /** Codes and keys: unit, community, indicator and goods codes, account ids. */
  code: 64,
  /** A person's or a body's name. */
  name: 100,
  /** Titles, addresses, short labels. */
  title: 200,
  /** Notes and reasons that travel with a step. */
  note: 1000,
  /** Free text: complaint content, answers, descriptions. */
  text: 4000,
  /** Items in a list a form sends (departments, participants, parcels). */
  items: 100,
} as const;

/**
 * A string of `min` to `max` characters: validated (IsString + Length) and documented
 * (`minLength`/`maxLength`) from the same numbers.
 */
export function BoundedText(min: number, max: number): PropertyDecorator {
  return applyDecorators(IsString(), Length(min, max), ApiProperty({ type: 'string', minLength: min > 0 ? min : undefined, maxLength: max }));
}

/** The schema a string validator documents; with `each`, the schema of the array's items. */
export function DocumentedString(schema: { format?: string; pattern?: string; minLength?: number; maxLength?: number }, options?: ValidationOptions): PropertyDecorator {
  return ApiProperty(options?.each === true ? schema : { type: 'string', ...schema });
}

/** A string matching `pattern` (which must bound its length): validated with Matches, documented with `pattern`. */
export function MatchesPattern(pattern: RegExp, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(Matches(pattern, options), DocumentedString({ pattern: pattern.source }, options));
}

/** A whole number from `min` to `max`: validated (IsInt + Min + Max) and documented as such. */
export function BoundedInt(min: number, max: number): PropertyDecorator {
  return applyDecorators(IsInt(), Min(min), Max(max), ApiProperty({ type: 'integer', minimum: min, maximum: max }));
}

/**
 * An array of `min` to `max` items: validated (IsArray + ArrayMinSize + ArrayMaxSize) and documented
 * (`minItems`/`maxItems`). The items keep their own validators (`each: true` or ValidateNested).
 */
export function BoundedArray(min: number, max: number): PropertyDecorator {
  const validators = min > 0 ? [IsArray(), ArrayMinSize(min), ArrayMaxSize(max)] : [IsArray(), ArrayMaxSize(max)];
  return applyDecorators(...validators, ApiProperty({ minItems: min > 0 ? min : undefined, maxItems: max }));
}

/**
 * A path parameter that must be a UUID: parsed with ParseUUIDPipe (400 otherwise) and documented with
 * `format: uuid` on the operation.
 */
export function UuidParam(name: string): ParameterDecorator {
  return (target, method, index) => {
    Param(name, new ParseUUIDPipe())(target, method, index);
    const descriptor = method === undefined ? undefined : Object.getOwnPropertyDescriptor(target, method);
    if (descriptor !== undefined) ApiParam({ name, type: 'string', format: 'uuid' })(target, method!, descriptor);
  };
}
