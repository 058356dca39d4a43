import type { Context } from '../context.ts';
import { forbidden } from '../errors.ts';

/** Throws before any Cypher runs when the request may not write (no API_TOKEN, or a missing or wrong token). */
export function requireWriter(context: Context): void {
  if (!context.canWrite) throw forbidden(context.writeRefusal ?? 'Writing is not allowed for this request.');
}
