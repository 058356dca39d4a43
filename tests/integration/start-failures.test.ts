import { spawn } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';
import { freePort } from '../support/global-setup.ts';

/** Runs `npm start`'s entry point with the given environment and collects how it ended. */
function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'server/src/cli/start.ts')], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
  });
}

describe('npm start when something is wrong', () => {
  let blocker: Server;
  let takenPort: number;
  const neo4j = inject('neo4j');

  beforeAll(async () => {
    takenPort = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(takenPort, '0.0.0.0', resolve));
  });
  afterAll(() => {
    blocker.close();
  });

  it('exits non-zero with one sentence when the HTTP port is taken', async () => {
    const result = await start({ PORT: String(takenPort), NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`Port ${takenPort} is already in use; stop the program using it or set PORT to another port.`);
  });

  it('exits non-zero with one sentence when the external server refuses the credentials', async () => {
    const result = await start({ PORT: String(await freePort()), NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: 'not-the-password' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(`Neo4j at ${neo4j.uri} refused the user name or password; check NEO4J_USER and NEO4J_PASSWORD.`);
  });

  it('exits non-zero with one sentence when nothing listens at NEO4J_URI', async () => {
    const port = await freePort();
    const result = await start({ PORT: String(await freePort()), NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^Neo4j at bolt://127.0.0.1:${port} could not be reached \\(.*\\); check that it runs and that NEO4J_URI is right\\.$`),
    );
  });

  it('exits non-zero with one sentence when a setting is malformed', async () => {
    const result = await start({ PORT: 'four thousand' });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(/^The environment variable PORT .*; fix it and start again\.$/);
  });

  it('exits non-zero with one sentence when the bundled Neo4j has no Java and no Maven to install it', async () => {
    // A PATH holding node alone: /usr/bin, where node may live, usually holds java too.
    const nodeOnly = path.join(neo4j.home, 'node-only-bin');
    await mkdir(nodeOnly, { recursive: true });
    await symlink(process.execPath, path.join(nodeOnly, 'node')).catch(() => {});
    const result = await start({
      PORT: String(await freePort()),
      NEO4J_HOME: path.join(neo4j.home, 'never-installed'),
      NEO4J_BOLT_PORT: String(await freePort()),
      TECHGRAPH_JVM_DIRS: '',
      JAVA_HOME: '/nonexistent',
      PATH: nodeOnly,
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toMatch(
      /^The bundled Neo4j needs a JDK 17 or 21 \(with javac\) and none was found; install one .* or set NEO4J_URI to use an existing Neo4j\.$/,
    );
  });
});
