import { loadConfig } from '../config.ts';
import { checkDumpFile, restoreBundled } from '../neo4j/backup.ts';
import { managedServer } from '../neo4j/connect.ts';
import { SetupError } from '../neo4j/java.ts';
import { fromCaller, requireBundled } from './bundled-only.ts';
import { runCli } from './run-cli.ts';

/**
 * `npm run restore <file>`: replaces the bundled Neo4j's database with a dump written by
 * `npm run backup`. Everything in the database now is replaced, including what users created after
 * the dump was taken; the server is stopped for the load and started again when it was running.
 */
runCli(async () => {
  const config = loadConfig();
  const [file, ...rest] = process.argv.slice(2);
  if (!file || rest.length > 0) throw new SetupError('Name one dump file to restore; use `npm run restore <file>` with a file written by `npm run backup`.');
  requireBundled(config, 'restore');
  // Checked before the message below, so a wrong path is the only thing said.
  await checkDumpFile(fromCaller(file));
  const server = managedServer(config, (line) => console.log(line));
  console.log(`Restoring ${file} into the bundled Neo4j in ${config.managed.home} (the server is stopped while the database is replaced)…`);
  const { restarted } = await restoreBundled(server, fromCaller(file));
  console.log(`Restored ${file}.${restarted ? ' Neo4j is running again.' : ' Start it with npm run neo4j:start or npm start.'}`);
});
