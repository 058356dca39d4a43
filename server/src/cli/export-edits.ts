import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { connectDatabase } from '../neo4j/connect.ts';
import { exportEdits } from './edits-yaml.ts';
import { runCli } from './run-cli.ts';

/**
 * `npm run export-edits [file]`: what users created through the API, as a curated data file. Printed
 * to stdout, or written to `file`. Seeding never deletes these entries, so exporting is for review
 * and for keeping them in the curated data, not for saving them from the next seed.
 */
runCli(async () => {
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => console.error(line));
  try {
    const result = await exportEdits(db);
    const target = process.argv[2];
    if (target) {
      await writeFile(path.resolve(target), result.yaml);
      console.error(`Wrote ${result.technologies} technologies and ${result.relations} relations to ${target}.`);
    } else process.stdout.write(result.yaml);
    for (const problem of result.problems) console.error(`Needs editing before it can join graph-seed/data: ${problem}`);
  } finally {
    await db.close();
  }
});
