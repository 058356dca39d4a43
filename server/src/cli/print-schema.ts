import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from '../config.ts';
import { schema } from '../schema/index.ts';

/**
 * Prints the SDL to schema/schema.graphql, the committed artefact the web app generates its typed
 * documents from (issue 4). `--stdout` prints instead of writing; `--check` fails when the file is stale.
 */
const schemaFile = path.join(repoRoot, 'schema/schema.graphql');
const sdl = `${printSchema(lexicographicSortSchema(schema))}\n`;

if (process.argv.includes('--stdout')) process.stdout.write(sdl);
else if (process.argv.includes('--check')) {
  if (readFileSync(schemaFile, 'utf8') !== sdl) {
    console.error('schema/schema.graphql is out of date; run `npm run schema:print` and commit the result.');
    process.exit(1);
  }
} else {
  writeFileSync(schemaFile, sdl);
  console.log(`Wrote ${path.relative(repoRoot, schemaFile)}.`);
}
