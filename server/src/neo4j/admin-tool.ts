import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import { findJdk, SetupError } from './java.ts';
import type { ManagedNeo4j } from './managed.ts';

/** The one database a Community server holds for the app; `system` (users, the password) stays with each home. */
export const appDatabase = 'neo4j';

/**
 * Runs Neo4j's own admin tool (`neo4j-admin`) from the bundled jars, with NEO4J_HOME and NEO4J_CONF
 * on the managed home, so it finds the same data folder and settings as the running server does.
 * `stdin` feeds a file to commands that read one (`--from-stdin`).
 */
export async function adminTool(server: ManagedNeo4j, args: string[], failure: string, stdin?: string): Promise<void> {
  const installed = await server.install();
  const { java } = await findJdk();
  const input = stdin === undefined ? 'ignore' : openSync(stdin, 'r');
  const child = spawn(java, ['-cp', path.join(installed, 'lib', '*'), 'org.neo4j.cli.AdminTool', ...args], {
    env: { ...process.env, NEO4J_HOME: server.home, NEO4J_CONF: server.home },
    stdio: [input, 'pipe', 'pipe'],
  });
  if (typeof input === 'number') closeSync(input);
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const code = await new Promise<number | null>((resolve) => {
    child.once('error', () => resolve(null));
    child.once('exit', resolve);
  });
  if (code !== 0) {
    // Progress lines ("Files: 3/36, data: 40%", the importer's rows of dots) and Java stack frames say
    // nothing about the failure; keep the rest.
    const lines = output.split('\n').filter((line) => line.trim() && !/^(Files: \d+\/\d+|[-.]{10} |\s+at |\s+\.\.\. \d+ more)/.test(line));
    throw new SetupError(`${failure}\n${lines.slice(-8).join('\n')}`);
  }
}

/**
 * Stops the server for `work` when it runs (Community edition cannot dump or load a database that is
 * online) and starts it again afterwards, also when `work` failed. Resolves with `work`'s result and
 * whether the server was restarted.
 */
export async function offline<T>(server: ManagedNeo4j, work: () => Promise<T>): Promise<{ result: T; restarted: boolean }> {
  const wasRunning = await server.stop();
  let result: T;
  try {
    result = await work();
  } finally {
    if (wasRunning) await server.start();
  }
  return { result, restarted: wasRunning };
}
