import { execFile } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exists } from './files.ts';

// Each version of the Neo4j jars, the launcher and the procedures is installed in a folder of its own
// (ManagedNeo4j.install), named by a 16-hex stamp of their sources. A home records which one its
// server was started from, so a server left running by an older checkout is restarted on the new one,
// and the folders nothing runs from any more are removed (about 120 MB each).

const startedFromFile = (home: string) => path.join(home, 'neo4j.install');

/** The install folder the home's server was started from, or null when it was never recorded. */
export async function startedFrom(home: string): Promise<string | null> {
  const text = await readFile(startedFromFile(home), 'utf8').catch(() => '');
  return text.trim() || null;
}

export function recordStartedFrom(home: string, installed: string): Promise<void> {
  return writeFile(startedFromFile(home), `${installed}\n`);
}

/** Every running process's command line, or null where `ps` cannot tell (then nothing is removed). */
function commandLines(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('ps', ['-eo', 'args='], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => resolve(error ? null : stdout));
  });
}

/**
 * Removes the finished installs in `installDir` other than `keep` that no running process names in
 * its command line (a Neo4j runs with its install's jars on the class path). Folders still being
 * built (`<stamp>.tmp-…`) and anything not named like an install stay. Returns the removed names.
 */
export async function pruneInstalls(installDir: string, keep: string): Promise<string[]> {
  const names = (await readdir(installDir).catch(() => [] as string[])).filter((name) => /^[0-9a-f]{16}$/.test(name) && path.join(installDir, name) !== keep);
  if (names.length === 0) return [];
  const running = await commandLines();
  if (running === null) return [];
  const removed: string[] = [];
  for (const name of names) {
    const folder = path.join(installDir, name);
    if (running.includes(folder) || !(await exists(path.join(folder, 'complete')))) continue;
    await rm(folder, { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}
