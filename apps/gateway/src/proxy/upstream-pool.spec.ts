import { describe, expect, it } from '@jest/globals';
import { UpstreamPool } from './upstream-pool.js';

const pool = () =>
  new UpstreamPool({ credit: ['http://a:1', 'http://b:1', 'http://c:1'], supervision: ['http://s:1'], land: ['http://l:1'], party: ['http://p:1'] });

describe('UpstreamPool', () => {
  it('spreads requests round-robin over the instances of a service', () => {
    const upstreams = pool();
    expect([1, 2, 3, 4].map(() => upstreams.pick('credit'))).toEqual(['http://a:1', 'http://b:1', 'http://c:1', 'http://a:1']);
    expect(upstreams.pick('land')).toBe('http://l:1');
  });

  it('passes over an instance marked down, and offers the others on a retry', () => {
    const upstreams = pool();
    upstreams.markDown('credit', 'http://b:1', 'not reachable');
    const picked = [1, 2, 3, 4].map(() => upstreams.pick('credit'));
    expect(picked).not.toContain('http://b:1');
    expect(upstreams.pick('credit', ['http://a:1', 'http://c:1'])).toBe('http://b:1');
    expect(upstreams.pick('credit', ['http://a:1', 'http://b:1', 'http://c:1'])).toBeUndefined();
  });

  it('still tries instances when every one is marked down, since the marks may be stale', () => {
    const upstreams = pool();
    upstreams.markDown('supervision', 'http://s:1', 'not reachable');
    expect(upstreams.pick('supervision')).toBe('http://s:1');
  });

  it('knows only the configured services', () => {
    expect(pool().has('credit')).toBe(true);
    expect(pool().has('weather')).toBe(false);
  });
});
