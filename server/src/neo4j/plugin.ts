import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.ts';
import { runChecked } from './java.ts';

/** techgraph's own procedures (see server/neo4j/procedures), compiled into a plugin the bundled DBMS loads at start. */
const procedureDir = path.join(repoRoot, 'server/neo4j/procedures');

/** The folder of the plugin jar inside an install; neo4j.conf points `server.directories.plugins` at it. */
export const pluginDir = (installed: string) => path.join(installed, 'plugins');

/** The procedure sources, in a stable order, for the install's stamp: a changed procedure is a new install. */
export async function pluginSources(): Promise<Array<{ file: string; text: string }>> {
  const files = (await readdir(procedureDir)).filter((f) => f.endsWith('.java')).sort();
  return Promise.all(files.map(async (f) => ({ file: path.join(procedureDir, f), text: await readFile(path.join(procedureDir, f), 'utf8') })));
}

/** Compiles the procedures against the Neo4j jars in `work/lib` and packs them into `work/plugins/techgraph-procedures.jar`. */
export async function buildPlugin(javac: string, work: string): Promise<void> {
  const sources = await pluginSources();
  const classes = path.join(work, 'plugin-classes');
  await runChecked(
    javac,
    ['-nowarn', '-cp', path.join(work, 'lib', '*'), '-d', classes, ...sources.map((s) => s.file)],
    'javac could not compile the procedures in server/neo4j/procedures; check that the JDK is complete.',
  );
  // `jar` sits beside `javac` in every JDK.
  const jar = javac === 'javac' ? 'jar' : path.join(path.dirname(javac), 'jar');
  await runChecked(
    jar,
    ['--create', '--file', path.join(pluginDir(work), 'techgraph-procedures.jar'), '-C', classes, '.'],
    'The JDK `jar` tool could not pack the procedures; check that the JDK is complete.',
  );
}
