import { describe, expect, it } from '@jest/globals';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { ApiProperty, ApiPropertyOptional, DECORATORS } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { IsOptional, validateSync } from 'class-validator';
import { ProblemException } from '../problem/problem.exception.js';
import { BoundedArray, BoundedInt, BoundedText, IntParam, MatchesPattern, TextParam, UuidString } from './bounds.js';
import { IsBusinessDate } from './validators.js';

class Sample {
  @ApiProperty({ example: '投诉内容', description: 'What the caller wrote.' })
  @BoundedText(5, 20)
  content!: string;

  @ApiPropertyOptional({ example: 3 })
  @IsOptional()
  @BoundedInt(1, 10)
  count?: number;

  @ApiProperty({ type: [String], example: ['a'] })
  @BoundedArray(1, 2)
  @BoundedText(1, 3, { each: true })
  tags!: string[];

  @ApiProperty({ example: 'AB-01' })
  @MatchesPattern(/^[A-Z]{2}-\d{2}$/)
  code!: string;

  @ApiProperty({ type: [String] })
  @BoundedArray(0, 5)
  @UuidString({ each: true })
  ids!: string[];

  @ApiProperty({ example: '2026-03-02' })
  @IsBusinessDate()
  receivedOn!: string;
}

const VALID = { content: '五个字以上', count: 3, tags: ['a', 'bc'], code: 'AB-01', ids: ['2f1c7d9a-5b3e-4e8f-9a1d-6c4b2e8f0a13'], receivedOn: '2026-03-02' };

function failedFields(input: Record<string, unknown>): string[] {
  return validateSync(plainToInstance(Sample, input)).map((error) => error.property);
}

function documented(property: keyof Sample): Record<string, unknown> {
  return Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, Sample.prototype, property) as Record<string, unknown>;
}

describe('bounded fields: one decorator validates and documents', () => {
  it('accepts what is inside the bounds', () => {
    expect(failedFields(VALID)).toEqual([]);
  });

  it('refuses what is outside them, field by field', () => {
    expect(failedFields({ ...VALID, content: '太短' })).toEqual(['content']);
    expect(failedFields({ ...VALID, content: 'x'.repeat(21) })).toEqual(['content']);
    expect(failedFields({ ...VALID, count: 2.5 })).toEqual(['count']);
    expect(failedFields({ ...VALID, count: 11 })).toEqual(['count']);
    expect(failedFields({ ...VALID, tags: [] })).toEqual(['tags']);
    expect(failedFields({ ...VALID, tags: ['a', 'b', 'c'] })).toEqual(['tags']);
    expect(failedFields({ ...VALID, tags: ['abcd'] })).toEqual(['tags']);
    expect(failedFields({ ...VALID, code: 'ab-01' })).toEqual(['code']);
    expect(failedFields({ ...VALID, ids: ['not-a-uuid'] })).toEqual(['ids']);
    expect(failedFields({ ...VALID, receivedOn: '2026-02-30' })).toEqual(['receivedOn']);
  });

  it('documents the same bounds, keeping what the property says of itself', () => {
    expect(documented('content')).toMatchObject({ type: 'string', minLength: 5, maxLength: 20, example: '投诉内容', description: 'What the caller wrote.' });
    expect(documented('count')).toMatchObject({ type: 'integer', minimum: 1, maximum: 10, required: false });
    expect(documented('tags')).toMatchObject({ isArray: true, minItems: 1, maxItems: 2, minLength: 1, maxLength: 3 });
    expect(documented('code')).toMatchObject({ type: 'string', pattern: '^[A-Z]{2}-\\d{2}$' });
    expect(documented('ids')).toMatchObject({ isArray: true, maxItems: 5, format: 'uuid' });
    expect(documented('ids')).not.toHaveProperty('minItems');
    expect(documented('receivedOn')).toMatchObject({ type: 'string', format: 'date' });
  });
});

describe('bounded path parameters', () => {
  class Controller {
    year(@IntParam('year', 1000, 9999) year: number, @TextParam('code', 4) code: string): [number, string] {
      return [year, code];
    }
  }

  it('documents the bounds on the operation', () => {
    const parameters = Reflect.getMetadata(DECORATORS.API_PARAMETERS, Controller.prototype.year) as Record<string, unknown>[];
    expect(parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'year', in: 'path', type: 'integer', minimum: 1000, maximum: 9999 }),
        expect.objectContaining({ name: 'code', in: 'path', type: 'string', minLength: 1, maxLength: 4 }),
      ]),
    );
  });

  it('refuses values outside them with a validation problem', () => {
    const pipes = (Reflect.getMetadata(ROUTE_ARGS_METADATA, Controller, 'year') ?? {}) as Record<
      string,
      { index: number; pipes: { transform(value: unknown, metadata: unknown): unknown }[] }
    >;
    const run = async (index: number, value: string) => {
      let current: unknown = value;
      const argument = Object.values(pipes).find((entry) => entry.index === index)!;
      for (const pipe of argument.pipes) current = await pipe.transform(current, { type: 'param' });
      return current;
    };
    return Promise.all([
      expect(run(0, '2026')).resolves.toBe(2026),
      expect(run(0, '99999999999999999999')).rejects.toBeInstanceOf(ProblemException),
      expect(run(1, 'abcd')).resolves.toBe('abcd'),
      expect(run(1, 'abcde')).rejects.toBeInstanceOf(ProblemException),
    ]);
  });
});
