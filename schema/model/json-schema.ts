import { z } from 'zod';
import { dataFileSchema } from './data-schema.ts';

/**
 * The data schema as JSON Schema, committed as schema/data-schema.json so editors can validate and
 * complete graph-seed/data/*.yaml (e.g. with a `# yaml-language-server: $schema=` line).
 */
export function dataJsonSchema(): string {
  const schema = z.toJSONSchema(dataFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'techgraph curated data file' }, null, 2)}\n`;
}
