import { execFile, spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Neo4j 5.26 LTS supports exactly these Java releases. */
const supported = [17, 21];

/** Something the bundled Neo4j needs is missing; the message says what to install. */
export class SetupError extends Error {}

async function majorVersion(java: string): Promise<number | undefined> {
  try {
    const { stderr } = await run(java, ['-version']);
    const match = /version "(\d+)(?:\.(\d+))?/.exec(stderr);
    if (!match) return undefined;
    const major = Number(match[1]);
    return major === 1 ? Number(match[2]) : major;
  } catch {
    return undefined;
  }
}

async function runs(command: string): Promise<boolean> {
  try {
    await run(command, ['-version']);
    return true;
  } catch {
    return false;
  }
}

/** Finds a JDK of a supported release: JAVA_HOME, then `java` on the PATH, then the JDKs under /usr/lib/jvm (or TECHGRAPH_JVM_DIRS). */
export async function findJdk(): Promise<{ java: string; javac: string; version: number }> {
  const homes: string[] = [];
  if (process.env.JAVA_HOME) homes.push(process.env.JAVA_HOME);
  homes.push('');
  // Folders holding one JDK each; TECHGRAPH_JVM_DIRS overrides (path-delimited, empty for none).
  const searchDirs = (process.env.TECHGRAPH_JVM_DIRS ?? '/usr/lib/jvm').split(path.delimiter).filter(Boolean);
  for (const dir of searchDirs) {
    try {
      for (const name of (await readdir(dir)).sort()) homes.push(path.join(dir, name));
    } catch {
      // No such folder on this system (macOS, Windows): the PATH is all we have.
    }
  }
  const found: string[] = [];
  for (const home of homes) {
    const java = home ? path.join(home, 'bin', 'java') : 'java';
    const version = await majorVersion(java);
    if (version === undefined) continue;
    found.push(`${java} (Java ${version})`);
    const javac = home ? path.join(home, 'bin', 'javac') : 'javac';
    if (supported.includes(version) && (await runs(javac))) return { java, javac, version };
  }
  throw new SetupError(
    `The bundled Neo4j needs a JDK 17 or 21 (with javac) and none was found${found.length ? ` (found ${found.join(', ')})` : ''}; install one (e.g. apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to use an existing Neo4j.`,
  );
}

export async function findMaven(): Promise<string> {
  try {
    await run('mvn', ['-v']);
    return 'mvn';
  } catch {
    throw new SetupError(
      'Maven (mvn) is needed once to download Neo4j from Maven Central and was not found; install it (e.g. apt-get install maven) or set NEO4J_URI to use an existing Neo4j.',
    );
  }
}

/** Runs a command to its end; rejects with `failure` and the last lines of its output when it fails. */
export function runChecked(command: string, args: string[], failure: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
    });
    child.stderr.on('data', (d) => {
      output += d;
    });
    child.once('error', () => reject(new SetupError(failure)));
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new SetupError(`${failure}\n${output.trim().split('\n').slice(-8).join('\n')}`));
    });
  });
}
