import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from './unique-violation.js';

function failure(code: string, constraint?: string): QueryFailedError {
  return new QueryFailedError('INSERT ...', [], Object.assign(new Error('failed'), { code, constraint }));
}

describe('isUniqueViolation', () => {
  it('recognises a unique violation of the named constraint only', () => {
    expect(isUniqueViolation(failure('23505', 'indicators_code_key'), 'indicators_code_key')).toBe(true);
    expect(isUniqueViolation(failure('23505', 'indicators_pkey'), 'indicators_code_key')).toBe(false);
    expect(isUniqueViolation(failure('23514', 'indicators_code_key'), 'indicators_code_key')).toBe(false);
    expect(isUniqueViolation(new Error('23505'), 'indicators_code_key')).toBe(false);
  });
});
