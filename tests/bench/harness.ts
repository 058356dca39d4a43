import { type ChildProcess, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Connection } from '../../server/src/neo4j/managed.ts';
import type { ServerKind } from './server-child.ts';

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

/** POSTs JSON to 127.0.0.1 and resolves with the time to the last byte; rejects on a non-200 or a GraphQL error. */
export function post(port: number, urlPath: string, body: unknown): Promise<{ ms: number; json: unknown }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: urlPath,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ms = Number(process.hrtime.bigint() - start) / 1e6;
          const text = Buffer.concat(chunks).toString('utf8');
          const json = JSON.parse(text) as { errors?: unknown[]; error?: string };
          if (res.statusCode !== 200 || json.errors || json.error) reject(new Error(`${urlPath} answered ${res.statusCode}: ${text.slice(0, 300)}`));
          else resolve({ ms, json });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** Reads VmRSS and VmHWM (peak RSS) of a process, in MB. */
export function procMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** CPU seconds (user + system) a process has used so far. */
export function procCpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

export interface ChildServer {
  kind: ServerKind;
  port: number;
  pid: number;
  /** process.memoryUsage() of the server after a forced GC. */
  memory(): Promise<NodeJS.MemoryUsage>;
  /** The server's Neo4j sessions open and pooled connections lent out (Db.poolUse). */
  poolUse(): Promise<PoolUse>;
  stop(): Promise<void>;
}

export interface PoolUse {
  sessions: number;
  connections: number | null;
}

/** Asks the server process for one figure over IPC (see server-child.ts) and waits for its answer. */
function ask<T>(child: ChildProcess, type: 'memory' | 'pool'): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; value: T }) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      resolve(m.value);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

/** Starts one server under test in its own process (see server-child.ts) and waits until it listens. */
export function startServer(kind: ServerKind, connection: Connection, env: Record<string, string> = {}): Promise<ChildServer> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'server-child.ts'), [kind], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, ...env, NODE_ENV: 'production', BENCH_NEO4J: JSON.stringify(connection) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The ${kind} server did not start within 60 s.`)), 60_000);
    child.once('exit', (code) => reject(new Error(`The ${kind} server exited with code ${code} while starting.`)));
    child.once('message', (message: { type: string; port: number }) => {
      clearTimeout(timer);
      const pid = child.pid as number;
      resolve({
        kind,
        port: message.port,
        pid,
        memory: () => ask<NodeJS.MemoryUsage>(child, 'memory'),
        poolUse: () => ask<PoolUse>(child, 'pool'),
        stop: () =>
          new Promise((res) => {
            if (child.exitCode !== null) return res();
            const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
            child.once('exit', () => {
              clearTimeout(kill);
              res();
            });
            child.disconnect();
          }),
      });
    });
  });
}

export interface CannonResult {
  requestsPerSec: number;
  p50: number;
  p90: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  timeouts: number;
}

/** autocannon against 127.0.0.1 with a rotating list of POST bodies; latencies in ms. */
export async function cannon(port: number, urlPath: string, bodies: unknown[], connections: number, seconds: number): Promise<CannonResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${urlPath}`,
    connections,
    duration: seconds,
    timeout: 20,
    requests: bodies.map((b) => ({ method: 'POST' as const, path: urlPath, headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) })),
  });
  return {
    requestsPerSec: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    timeouts: result.timeouts,
  };
}
