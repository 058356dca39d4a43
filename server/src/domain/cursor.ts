/** Position in the technologies list, ordered by lowercased name then id; both together are unique. */
export interface NameCursor {
  name: string;
  id: string;
}

export function encodeCursor(cursor: NameCursor): string {
  return Buffer.from(JSON.stringify([cursor.name, cursor.id]), 'utf8').toString('base64url');
}

/** Returns null for anything that is not a cursor this API produced. */
export function decodeCursor(text: string): NameCursor | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'string' && typeof value[1] === 'string') return { name: value[0], id: value[1] };
  } catch {
    // Falls through: not base64url JSON, so not one of ours.
  }
  return null;
}
