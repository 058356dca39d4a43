import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';
import { freePort } from '../support/global-setup.ts';
import { postGraphQL } from '../support/http-probe.ts';

const run = promisify(execFile);
const dist = path.join(repoRoot, 'server/dist');

/** Starts the built server as `npm start` does, and resolves once it says it is ready. */
function startBuilt(env: Record<string, string>): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, [path.join(dist, 'start.js')], {
    cwd: repoRoot,
    // No tsx anywhere near: a bare PATH and no NODE_OPTIONS, so only plain JavaScript can run.
    env: { PATH: path.dirname(process.execPath), HOME: process.env.HOME ?? '', ...env },
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The built server did not get ready:\n${output}`)), 90_000);
    const onData = (data: Buffer) => {
      output += data;
      if (output.includes('techgraph is ready')) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The built server exited with ${code}:\n${output}`));
    });
  });
}

describe('the built server that npm start runs', () => {
  const neo4j = inject('neo4j');
  let server: { child: ChildProcess; output: () => string } | undefined;
  let base = '';

  beforeAll(async () => {
    await run('npm', ['run', '-s', 'build:server'], { cwd: repoRoot });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = await startBuilt({ PORT: String(port), HOST: '127.0.0.1', NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password });
  }, 180_000);

  afterAll(() => {
    server?.child.kill('SIGTERM');
  });

  it('is plain JavaScript bundles, one per entry point, with the layout worker as a file of its own', () => {
    for (const entry of ['start.js', 'seed.js', 'neo4j.js', 'layout-worker.js']) expect(existsSync(path.join(dist, entry)), entry).toBe(true);
    expect(readFileSync(path.join(dist, 'start.js'), 'utf8')).not.toMatch(/from ["']tsx/);
  });

  it('answers GraphQL from the built code', async () => {
    const response = await postGraphQL(base, { query: '{ technology(id: "apache-spark") { name } }' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { technology: { name: 'Apache Spark' } } });
  });

  it('lays out a graph in its worker thread, started from the bundled worker file', async () => {
    const response = await postGraphQL(base, { query: '{ graph(relationTypes: [RUNS_ON, PART_OF]) { nodes { id } layout { id x y } } }' });
    const { data } = JSON.parse(response.body) as { data: { graph: { nodes: Array<{ id: string }>; layout: Array<{ id: string }> | null } } };
    expect(data.graph.layout).not.toBeNull();
    expect(data.graph.layout?.map((p) => p.id).sort()).toEqual(data.graph.nodes.map((n) => n.id).sort());
  });
});
