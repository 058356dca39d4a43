import { describe, expect, it } from 'vitest';
import { shown } from '../../../server/src/errors.ts';

describe('input quoted in an error message', () => {
  it('is an ordinary quoted id when the id is ordinary', () => {
    expect(shown('apache-spark')).toBe('"apache-spark"');
  });

  it('shows control characters and quotes escaped, never raw', () => {
    expect(shown('a\u0000b\nc"d')).toBe('"a\\u0000b\\nc\\"d"');
  });

  it('is cut to 60 characters, with an ellipsis saying so', () => {
    expect(shown('x'.repeat(500))).toBe(`"${'x'.repeat(60)}…"`);
  });
});
