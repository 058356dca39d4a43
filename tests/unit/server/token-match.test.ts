import { beforeEach, describe, expect, it, vi } from 'vitest';

// Spies on the real node:crypto, so the test sees exactly what tokenMatches hands to it.
vi.mock('node:crypto', async (importOriginal) => {
  const crypto = await importOriginal<typeof import('node:crypto')>();
  return {
    ...crypto,
    createHash: vi.fn((algorithm: string) => crypto.createHash(algorithm)),
    timingSafeEqual: vi.fn((a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => crypto.timingSafeEqual(a, b)),
  };
});

const crypto = await import('node:crypto');
const { tokenMatches } = await import('../../../server/src/context.ts');

const expected = 'the-real-api-token-0123456789';

beforeEach(() => {
  vi.mocked(crypto.timingSafeEqual).mockClear();
});

describe('tokenMatches', () => {
  it('accepts the token and refuses any other, whatever its length', () => {
    expect(tokenMatches(expected, expected)).toBe(true);
    for (const given of ['', 'x', expected.slice(0, -1), `${expected}x`, `${expected.slice(0, -1)}X`, expected.repeat(100), expected.toUpperCase()]) {
      expect(tokenMatches(given, expected), given).toBe(false);
    }
  });

  it('hashes both sides and compares two 32-byte digests in constant time, even when the lengths differ', () => {
    for (const given of ['', 'x', expected, expected.repeat(100)]) {
      vi.mocked(crypto.createHash).mockClear();
      vi.mocked(crypto.timingSafeEqual).mockClear();
      tokenMatches(given, expected);
      // One sha256 per side, then exactly one timingSafeEqual: no early return on length or prefix.
      expect(vi.mocked(crypto.createHash).mock.calls).toEqual([['sha256'], ['sha256']]);
      expect(vi.mocked(crypto.timingSafeEqual)).toHaveBeenCalledTimes(1);
      const [a, b] = vi.mocked(crypto.timingSafeEqual).mock.calls[0] as [Buffer, Buffer];
      expect([a.length, b.length]).toEqual([32, 32]);
      expect(Buffer.from(a).equals(crypto.createHash('sha256').update(given).digest())).toBe(true);
      expect(Buffer.from(b).equals(crypto.createHash('sha256').update(expected).digest())).toBe(true);
    }
  });
});
