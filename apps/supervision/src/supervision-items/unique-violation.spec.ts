import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { isUniqueViolation } from './unique-violation.js';

function failure(code: string, constraint?: string): QueryFailedError {
  return new QueryFailedError('INSERT ...', [], Object.assign(new Error('failed'), { code, constraint }));
}

describe('isUniqueViolation', () => {
  it('recognises a unique violation of the named constraint only', () => {
    expect(isUniqueViolation(failure('23505', 'supervision_items_code_key'), 'supervision_items_code_key')).toBe(true);
    expect(isUniqueViolation(failure('23505', 'supervision_items_pkey'), 'supervision_items_code_key')).toBe(false);
    expect(isUniqueViolation(failure('23503', 'supervision_items_code_key'), 'supervision_items_code_key')).toBe(false);
    expect(isUniqueViolation(new Error('23505'), 'supervision_items_code_key')).toBe(false);
  });
});
