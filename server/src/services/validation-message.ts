import type { z } from 'zod';

/** "The technology is not valid: description: …; homepage: …. Fix these fields and try again." */
export function invalidInputMessage(what: string, error: z.ZodError): string {
  const problems = error.issues.map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message.replace(/\.$/, '')}`);
  return `The ${what} is not valid: ${[...new Set(problems)].join('; ')}. Fix these fields and try again.`;
}
