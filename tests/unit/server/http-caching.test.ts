import { describe, expect, it } from 'vitest';
import { etagOf, matchesEtag, pickEncoding } from '../../../server/src/http-caching.ts';

describe('content negotiation for compression', () => {
  it('prefers brotli, then gzip, and sends plain bytes when neither is accepted', () => {
    expect(pickEncoding('gzip, deflate, br')).toBe('br');
    expect(pickEncoding('gzip')).toBe('gzip');
    expect(pickEncoding('deflate')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });

  it('honours q=0 as a refusal, and * as anything', () => {
    expect(pickEncoding('br;q=0, gzip')).toBe('gzip');
    expect(pickEncoding('*')).toBe('br');
    expect(pickEncoding('*, br;q=0')).toBe('gzip');
  });
});

describe('ETags', () => {
  it('are equal for equal bodies and differ for different ones', () => {
    expect(etagOf('{"data":1}')).toBe(etagOf(new TextEncoder().encode('{"data":1}')));
    expect(etagOf('{"data":1}')).not.toBe(etagOf('{"data":2}'));
  });

  it('match an If-None-Match that lists them, weak or strong, or is *', () => {
    const tag = etagOf('x');
    expect(matchesEtag(`"other", ${tag}`, tag)).toBe(true);
    expect(matchesEtag(`W/${tag}`, tag)).toBe(true);
    expect(matchesEtag('*', tag)).toBe(true);
    expect(matchesEtag('"other"', tag)).toBe(false);
    expect(matchesEtag(null, tag)).toBe(false);
  });
});
