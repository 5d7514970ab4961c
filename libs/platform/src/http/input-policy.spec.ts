import { describe, expect, it } from '@jest/globals';
import { exceedsJsonDepth, inputViolations, originFormUrl, textProblem } from './input-policy.js';

describe('input policy', () => {
  it('measures JSON nesting without parsing, ignoring brackets inside strings', () => {
    expect(exceedsJsonDepth('[[[]]]', 3)).toBe(false);
    expect(exceedsJsonDepth('[[[[]]]]', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":{"b":{"c":{}}}}', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(exceedsJsonDepth('['.repeat(1_000_000), 32)).toBe(true);
  });

  it('measures the raw UTF-8 bytes of a body as it measures its text', () => {
    expect(exceedsJsonDepth(Buffer.from('{"名称":"[[[[安庆\\"[[","a":[[]]}'), 3)).toBe(false);
    expect(exceedsJsonDepth(Buffer.from('{"名称":[[["安庆"]]]}'), 3)).toBe(true);
  });

  it('accepts everyday text and refuses what cannot be stored or was never typed', () => {
    expect(textProblem('安庆长风港二期 😀\ttab\r\nnew line')).toBeUndefined();
    expect(textProblem('a\u0000b')).toBe('must not contain NUL characters');
    expect(textProblem('\ud800x')).toMatch(/lone surrogate/);
    expect(textProblem('x\udc00')).toMatch(/lone surrogate/);
    expect(textProblem('bell\u0007')).toBe('must not contain control characters');
  });

  it('names every offending field, key and number in a nested value', () => {
    const errors = inputViolations({
      name: 'ok',
      parcels: [{ code: 'a\u0000' }, { area: 2 ** 53 }],
      'k\u0000': 1,
      note: null,
      ratio: Number.POSITIVE_INFINITY,
    });
    expect(errors).toHaveLength(5);
    expect(errors).toEqual(
      expect.arrayContaining([
        { field: 'parcels.0.code', message: 'parcels.0.code must not contain NUL characters' },
        { field: 'parcels.1.area', message: 'parcels.1.area must be between -9007199254740991 and 9007199254740991' },
        { field: 'k\u0000', message: 'field name must not contain NUL characters' },
        { field: 'note', message: 'note must not be null; leave the field out instead' },
        { field: 'ratio', message: 'ratio must be a finite number' },
      ]),
    );
    expect(inputViolations({ note: null }, '', { nullAllowed: true })).toEqual([]);
    expect(inputViolations('a\u0000', 'id')).toEqual([{ field: 'id', message: 'id must not contain NUL characters' }]);
  });

  it('routes absolute-form targets by their path and query', () => {
    expect(originFormUrl('http://127.0.0.1:3401/api/v1/land/projects?limit=2')).toBe('/api/v1/land/projects?limit=2');
    expect(originFormUrl('/api/v1/land/projects')).toBe('/api/v1/land/projects');
    expect(originFormUrl('*')).toBe('*');
  });
});
