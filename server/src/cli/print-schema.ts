import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { dataJsonSchema } from '../../../schema/model/json-schema.ts';
import { repoRoot } from '../config.ts';
import { schema } from '../schema/index.ts';

/**
 * Prints the committed schema artefacts: the SDL to schema/schema.graphql, which the web app generates
 * its typed documents from, and the data schema to schema/data-schema.json, which editors validate
 * the curated YAML with.
 * `--stdout` prints the SDL instead of writing; `--check` fails when either file is stale.
 */
const artefacts = [
  { file: path.join(repoRoot, 'schema/schema.graphql'), text: `${printSchema(lexicographicSortSchema(schema))}\n` },
  { file: path.join(repoRoot, 'schema/data-schema.json'), text: dataJsonSchema() },
];

if (process.argv.includes('--stdout')) process.stdout.write(artefacts[0]?.text ?? '');
else if (process.argv.includes('--check')) {
  for (const { file, text } of artefacts) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${path.relative(repoRoot, file)} is out of date; run \`npm run schema:print\` and commit the result.`);
      process.exit(1);
    }
  }
} else {
  for (const { file, text } of artefacts) {
    writeFileSync(file, text);
    console.log(`Wrote ${path.relative(repoRoot, file)}.`);
  }
}
