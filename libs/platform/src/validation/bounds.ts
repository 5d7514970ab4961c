import { applyDecorators, Param, ParseIntPipe, ParseUUIDPipe, type PipeTransform } from '@nestjs/common';
import { ApiParam, ApiProperty, type ApiParamOptions } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, IsUUID, Length, Matches, Max, Min, type ValidationOptions } from 'class-validator';
import { ProblemException } from '../problem/problem.exception.js';

/**
 * Shared sizes for request fields whose domain sets no limit of its own (README, "Requests", lists
 * the general limits by kind).
 */
export const INPUT_LIMITS = {
  /** Codes and keys: unit, community, indicator and goods codes, tracking codes. */
  code: 64,
  /** Counts a unit reports (residents, uses) and score thresholds. */
  count: 1_000_000,
} as const;

/**
 * A string of `min` to `max` characters (each one, with `each: true`): validated (IsString + Length)
 * and documented (`minLength`/`maxLength`) from the same numbers.
 */
export function BoundedText(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsString(options), Length(min, max, options), DocumentedString({ minLength: min > 0 ? min : undefined, maxLength: max }, options));
}

/** A UUID (each one, with `each: true`): validated with IsUUID, documented as `format: uuid`. */
export function UuidString(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsUUID(undefined, options), DocumentedString({ format: 'uuid' }, options));
}

/** The schema a string validator documents; with `each`, the schema of the array's items. */
export function DocumentedString(
  schema: { format?: string; pattern?: string; minLength?: number; maxLength?: number },
  options?: ValidationOptions,
): PropertyDecorator {
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

/** What a path parameter's documentation may add: an example and a description. */
type ParamDocumentation = Pick<ApiParamOptions, 'example' | 'description'>;

/** A path parameter, parsed by `pipes` and documented on its operation with the bounds in `schema`. */
function PathParam(name: string, schema: Record<string, unknown>, documentation: ParamDocumentation, ...pipes: PipeTransform[]): ParameterDecorator {
  return (target, method, index) => {
    Param(name, ...pipes)(target, method, index);
    const descriptor = method === undefined ? undefined : Object.getOwnPropertyDescriptor(target, method);
    if (descriptor !== undefined) ApiParam({ name, ...documentation, ...schema } as ApiParamOptions)(target, method!, descriptor);
  };
}

/** Refuses a value outside the bounds with the same 400 problem a body field gets. */
class BoundsPipe implements PipeTransform<unknown, unknown> {
  constructor(
    private readonly name: string,
    private readonly problem: (value: unknown) => string | undefined,
  ) {}

  transform(value: unknown): unknown {
    const message = this.problem(value);
    if (message !== undefined) throw ProblemException.validation([{ field: this.name, message: `${this.name} ${message}` }]);
    return value;
  }
}

/** A path parameter that must be a UUID: parsed with ParseUUIDPipe (400 otherwise), documented as `format: uuid`. */
export function UuidParam(name: string, documentation: ParamDocumentation = {}): ParameterDecorator {
  return PathParam(name, { type: 'string', format: 'uuid' }, documentation, new ParseUUIDPipe());
}

/** A whole-number path parameter from `min` to `max`, documented with those bounds. */
export function IntParam(name: string, min: number, max: number, documentation: ParamDocumentation = {}): ParameterDecorator {
  const outside = (value: unknown) => (typeof value === 'number' && value >= min && value <= max ? undefined : `must be a whole number from ${min} to ${max}`);
  return PathParam(name, { type: 'integer', minimum: min, maximum: max }, documentation, new ParseIntPipe(), new BoundsPipe(name, outside));
}

/** A text path parameter (a code) of 1 to `max` characters, documented with its `maxLength`. */
export function TextParam(name: string, max: number, documentation: ParamDocumentation = {}): ParameterDecorator {
  const outside = (value: unknown) => (typeof value === 'string' && value.length >= 1 && value.length <= max ? undefined : `must be 1 to ${max} characters`);
  return PathParam(name, { type: 'string', minLength: 1, maxLength: max }, documentation, new BoundsPipe(name, outside));
}
