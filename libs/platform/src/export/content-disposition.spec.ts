import { describe, expect, it } from '@jest/globals';
import { attachmentDisposition, encodeRfc5987 } from './content-disposition.js';

describe('Content-Disposition of an export', () => {
  it('gives an ASCII filename and the Chinese name as RFC 5987 filename*', () => {
    expect(attachmentDisposition('residents-2026-04-30.csv', '居民名册-2026-04-30.csv')).toBe(
      `attachment; filename="residents-2026-04-30.csv"; filename*=UTF-8''%E5%B1%85%E6%B0%91%E5%90%8D%E5%86%8C-2026-04-30.csv`,
    );
  });

  it('keeps quotes, backslashes and non-ASCII out of the fallback, and encodes what RFC 5987 does not allow', () => {
    expect(attachmentDisposition('a"b\\c名.csv', 'x')).toMatch(/^attachment; filename="a_b_c_\.csv"; /);
    expect(encodeRfc5987("it's (1)*!.csv")).toBe('it%27s%20%281%29%2A%21.csv');
    expect(decodeURIComponent(encodeRfc5987('各社区积分兑换统计'))).toBe('各社区积分兑换统计');
  });
});
