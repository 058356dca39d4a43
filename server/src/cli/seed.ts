import { parseArgs } from 'node:util';
import { curationReport, describeCurationReport } from '../../../graph-seed/src/curation-report.ts';
import { describeReport, seed } from '../../../graph-seed/src/seed.ts';
import { loadSeedData } from '../../../graph-seed/src/validate.ts';
import { curatedDataDir, loadConfig } from '../config.ts';
import { connectDatabase } from '../neo4j/connect.ts';
import { bulkLoaderFor } from './bulk-seed.ts';
import { runCli } from './run-cli.ts';

runCli(async () => {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, data: { type: 'string', default: curatedDataDir } } });
  if (values.check) {
    const data = await loadSeedData(values.data);
    console.log(describeCurationReport(curationReport(data)).join('\n'));
    return;
  }
  // Validate before starting or touching any database, so bad data never costs a start-up.
  await loadSeedData(values.data);
  const config = loadConfig();
  const db = await connectDatabase(config, (line) => console.log(line));
  try {
    console.log(
      describeReport(
        await seed(
          db,
          values.data,
          bulkLoaderFor(config, db, (line) => console.log(line)),
        ),
      ),
    );
  } finally {
    await db.close();
  }
});
