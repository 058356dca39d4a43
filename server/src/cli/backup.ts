import path from 'node:path';
import { loadConfig } from '../config.ts';
import { backupBundled } from '../neo4j/backup.ts';
import { managedServer } from '../neo4j/connect.ts';
import { SetupError } from '../neo4j/java.ts';
import { fromCaller, requireBundled } from './bundled-only.ts';
import { runCli } from './run-cli.ts';

/** The folder after `--to` (or `--to=folder`); `backups` in the current folder when absent. */
function targetFolder(args: string[]): string {
  const index = args.findIndex((arg) => arg === '--to' || arg.startsWith('--to='));
  if (index < 0) {
    if (args.length > 0) throw new SetupError(`Unknown argument "${args[0]}"; use \`npm run backup -- --to <folder>\`.`);
    return fromCaller('backups');
  }
  const arg = args[index] ?? '';
  const folder = arg.startsWith('--to=') ? arg.slice(5) : args[index + 1];
  if (!folder) throw new SetupError('--to needs a folder; use `npm run backup -- --to <folder>`.');
  return fromCaller(folder);
}

/**
 * `npm run backup [-- --to <folder>]`: a timestamped dump of the bundled Neo4j's database. Neo4j
 * Community cannot dump a database that is online, so the server is stopped for the dump (a few
 * seconds, during which the app answers 503 on /readyz) and started again when it was running.
 */
runCli(async () => {
  const config = loadConfig();
  const folder = targetFolder(process.argv.slice(2));
  requireBundled(config, 'back up');
  const server = managedServer(config, (line) => console.log(line));
  console.log(`Backing up the bundled Neo4j in ${config.managed.home} (the server is stopped while its database is dumped)…`);
  const { file, restarted } = await backupBundled(server, folder);
  console.log(`Wrote ${file}.${restarted ? ' Neo4j is running again.' : ''}`);
  console.log(`Put it back with: npm run restore ${path.relative(fromCaller('.'), file)}`);
});
