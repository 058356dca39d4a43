import { z } from 'zod';

/** A whole number argument within [min, max]; the message names the argument and the allowed range. */
export function intInRange(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}; change ${name} and try again.`;
  return { schema: z.number(message).int(message).min(min, message).max(max, message) };
}
