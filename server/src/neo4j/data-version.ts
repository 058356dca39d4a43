import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../config.ts';
import { SetupError } from './java.ts';

/**
 * The Neo4j release the project bundles, as pinned in server/neo4j/pom.xml. Read from there rather
 * than repeated here, so changing the pin is one edit.
 */
export async function bundledNeo4jVersion(): Promise<string> {
  const pom = await readFile(path.join(repoRoot, 'server/neo4j/pom.xml'), 'utf8');
  const version = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1]?.trim();
  if (!version) throw new SetupError('server/neo4j/pom.xml names no <neo4j.version>; restore that file from git.');
  return version;
}

/**
 * The file that records which Neo4j release last ran on a data folder. It sits inside the data
 * folder so that it travels with it when the folder is copied or moved.
 */
export const versionMarker = (home: string) => path.join(home, 'data', 'techgraph-neo4j-version');

/** The release that last ran on this home's data, or undefined when no release was recorded. */
export async function recordedDataVersion(home: string): Promise<string | undefined> {
  const text = await readFile(versionMarker(home), 'utf8').catch(() => '');
  return text.trim() || undefined;
}

export async function recordDataVersion(home: string, version: string): Promise<void> {
  await writeFile(versionMarker(home), `${version}\n`);
}

/** Numeric parts of a release such as 5.26.30 or 2025.01.0; missing parts count as 0. */
function parts(version: string): number[] {
  return version.split(/[.-]/).map((part) => Number.parseInt(part, 10) || 0);
}

/** Negative when a is older than b, positive when newer, 0 when the same release. */
export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * Decides whether the bundled release may open a data folder that `written` last ran on. Neo4j opens
 * data from an older release of the same major version and upgrades it in place (the upgrade cannot
 * be undone); it cannot open data from a newer release, and data from an older major version (4.x)
 * must be migrated first. Refusals throw a SetupError that says what to do; an in-place upgrade
 * resolves with a sentence to show the person starting it.
 */
export function judgeDataVersion(home: string, written: string, bundled: string): string | undefined {
  const order = compareVersions(written, bundled);
  if (order === 0) return undefined;
  const data = path.join(home, 'data');
  if (order > 0)
    throw new SetupError(
      `The Neo4j data in ${data} was written by Neo4j ${written}, newer than the bundled Neo4j ${bundled}, which cannot open it; run it with the techgraph checkout that bundles ${written} (its \`npm run export-edits\` keeps what users created), or move ${data} aside to start afresh here.`,
    );
  if ((parts(written)[0] ?? 0) < (parts(bundled)[0] ?? 0))
    throw new SetupError(
      `The Neo4j data in ${data} was written by Neo4j ${written}, a major version before the bundled Neo4j ${bundled}, and must be migrated first: dump it with that version's \`neo4j-admin database dump\`, load it with this Neo4j's \`neo4j-admin database load\`, then run \`neo4j-admin database migrate\` (https://neo4j.com/docs/upgrade-migration-guide/current/version-5/), or move ${data} aside to start afresh.`,
    );
  return `Neo4j: the data in ${data} was written by Neo4j ${written}; the bundled Neo4j ${bundled} upgrades it in place on this start, after which ${written} can no longer open it (\`npm run backup\` with the older checkout first if you may go back).`;
}

/** A hint for a start that failed on data no release was recorded for (a folder from before the record was kept, or copied in). */
export function unrecordedDataHint(home: string, bundled: string): string {
  return `No Neo4j version is recorded for the data in ${path.join(home, 'data')}; if another Neo4j release wrote it, the bundled ${bundled} may be unable to open it: back it up with that release, or move the folder aside to start afresh.`;
}
