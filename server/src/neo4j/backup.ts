import { mkdir, mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { adminTool, appDatabase as database, offline } from './admin-tool.ts';
import { bundledNeo4jVersion } from './data-version.ts';
import { exists } from './files.ts';
import { SetupError } from './java.ts';
import type { ManagedNeo4j } from './managed.ts';

/** The first bytes of a `neo4j-admin database dump` file: zstd (Neo4j 5's default) or gzip compressed. */
const dumpMagics = ['DZV1', 'GZV1'];

/** Requires the home to hold a database that was started once (its data and neo4j.conf). */
async function requireInitialised(server: ManagedNeo4j): Promise<void> {
  if (!(await exists(path.join(server.home, 'neo4j.conf'))) || !(await exists(path.join(server.home, 'data', 'databases', database))))
    throw new SetupError(
      `There is no bundled Neo4j database in ${server.home} yet; start it once with \`npm run neo4j:start\` (or \`npm start\`), then try again.`,
    );
}

/** A file name that sorts by time and says which release wrote it: techgraph-neo4j-5.26.30-2026-01-02T03-04-05Z.dump. */
function dumpName(version: string, at: Date): string {
  return `techgraph-neo4j-${version}-${at
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')}.dump`;
}

/**
 * Writes a dump of the bundled server's database into `folder` (created if missing) with
 * `neo4j-admin database dump`, stopping the server around it. The dump is written beside its final
 * name and renamed into place, so a failed dump never leaves a partial file that looks whole.
 */
export async function backupBundled(server: ManagedNeo4j, folder: string, at = new Date()): Promise<{ file: string; restarted: boolean }> {
  await requireInitialised(server);
  await mkdir(folder, { recursive: true });
  const file = path.join(path.resolve(folder), dumpName(await bundledNeo4jVersion(), at));
  if (await exists(file)) throw new SetupError(`${file} exists already; wait a second and back up again, or choose another folder.`);
  const { restarted } = await offline(server, async () => {
    const work = await mkdtemp(path.join(path.resolve(folder), '.dump-'));
    try {
      await adminTool(server, ['database', 'dump', database, `--to-path=${work}`], `neo4j-admin could not dump the database in ${server.home}:`);
      await rename(path.join(work, `${database}.dump`), file);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
  return { file, restarted };
}

/** Throws a clear error unless `file` is a readable Neo4j dump. */
export async function checkDumpFile(file: string): Promise<void> {
  const info = await stat(file).catch(() => undefined);
  if (!info) throw new SetupError(`There is no file at ${file}; pass the path of a .dump file written by \`npm run backup\`.`);
  if (!info.isFile()) throw new SetupError(`${file} is a folder, not a dump; pass the path of a .dump file written by \`npm run backup\`.`);
  const handle = await open(file, 'r');
  const head = Buffer.alloc(4);
  try {
    await handle.read(head, 0, 4, 0);
  } finally {
    await handle.close();
  }
  if (!dumpMagics.includes(head.toString('latin1')))
    throw new SetupError(
      `${file} is not a Neo4j database dump (it does not start like one); pass a .dump file written by \`npm run backup\` or \`neo4j-admin database dump\`.`,
    );
}

/**
 * Replaces the bundled server's database with the dump in `file` (`neo4j-admin database load
 * --overwrite-destination`), stopping the server around it. The file is checked before anything is
 * stopped or overwritten.
 */
export async function restoreBundled(server: ManagedNeo4j, file: string): Promise<{ restarted: boolean }> {
  const source = path.resolve(file);
  await checkDumpFile(source);
  await requireInitialised(server);
  const { restarted } = await offline(server, () =>
    adminTool(
      server,
      ['database', 'load', database, '--from-stdin', '--overwrite-destination=true'],
      `neo4j-admin could not load ${source} into ${server.home}:`,
      source,
    ),
  );
  return { restarted };
}
