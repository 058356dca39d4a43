import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../../server/src/domain/cursor.ts';

describe('technology cursors', () => {
  it('round-trip the name and id they encode', () => {
    const cursor = { name: 'apache spark', id: 'apache-spark' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('decode to null when the text was not issued by the API', () => {
    expect(decodeCursor('not a cursor')).toBeNull();
    expect(decodeCursor(Buffer.from('[1,2]').toString('base64url'))).toBeNull();
  });
});
