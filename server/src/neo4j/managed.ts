import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, openSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { repoRoot } from '../config.ts';
import { bundledNeo4jVersion, judgeDataVersion, recordDataVersion, recordedDataVersion, unrecordedDataHint } from './data-version.ts';
import { exists } from './files.ts';
import { pruneInstalls, recordStartedFrom, startedFrom } from './installs.ts';
import { findJdk, findMaven, runChecked, SetupError } from './java.ts';
import { buildPlugin, pluginDir, pluginSources } from './plugin.ts';

const sourceDir = path.join(repoRoot, 'server/neo4j');

/**
 * The JVM options Neo4j's own neo4j.conf ships with (server.jvm.additional), minus the TLS and
 * flight-recorder ones: the G1 collector, final fields trusted by the JIT, no System.gc() pauses,
 * and the module openings its page cache and Netty use for direct, native I/O.
 */
const neo4jJvmFlags = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
];

export interface ManagedOptions {
  /** Folder of this server's databases, logs, password and pid. */
  home: string;
  /** @default 7687 */
  boltPort: number;
  /** JVM heap, e.g. `1g`. */
  heap: string;
  /** Neo4j page cache, e.g. `1g`. */
  pagecache: string;
  /** Where the Neo4j jars are installed; shared by every home. @default <repo>/.neo4j/install */
  installDir?: string;
  /** Longest a transaction may run before Neo4j stops it, e.g. `20s`. @default 20s */
  transactionTimeout?: string;
  /** Most memory one transaction may use, e.g. `256m`. @default 256m */
  transactionMemory?: string;
  /** Stop the server when this process exits (a test run's throwaway server). */
  ownerPid?: number;
  /** Progress lines for a person watching the first start. */
  log?: (line: string) => void;
}

export interface Connection {
  uri: string;
  user: string;
  password: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A real Neo4j 5 Community server that the project installs from Maven Central and runs as its own
 * detached process (the embedded DBMS with its Bolt connector, see server/neo4j/Launcher.java).
 */
export class ManagedNeo4j {
  readonly installDir: string;
  private readonly log: (line: string) => void;

  constructor(private readonly options: ManagedOptions) {
    this.installDir = options.installDir ?? path.join(repoRoot, '.neo4j/install');
    this.log = options.log ?? (() => {});
  }

  /** Folder of this server's databases, logs, password and pid. */
  get home(): string {
    return this.options.home;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.boltPort}`;
  }

  private file(name: string): string {
    return path.join(this.options.home, name);
  }

  /**
   * Downloads Neo4j and compiles the launcher unless this version is installed already. Each
   * version gets its own folder, built aside and renamed into place, so two processes installing at
   * once cannot break each other; a folder is removed only once no process runs from it (installs.ts).
   */
  async install(): Promise<string> {
    const [pom, launcher] = await Promise.all([readFile(path.join(sourceDir, 'pom.xml')), readFile(path.join(sourceDir, 'Launcher.java'))]);
    const hash = createHash('sha256').update(pom).update(launcher);
    for (const source of await pluginSources()) hash.update(source.text);
    const stamp = hash.digest('hex').slice(0, 16);
    const target = path.join(this.installDir, stamp);
    if (await exists(path.join(target, 'complete'))) return target;

    const jdk = await findJdk();
    const mvn = await findMaven();
    const work = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
    await mkdir(work, { recursive: true });
    try {
      this.log('Neo4j: downloading the Neo4j 5.26 Community jars from Maven Central (first start only, about 120 MB)…');
      await runChecked(
        mvn,
        [
          '-B',
          '-q',
          '-f',
          path.join(sourceDir, 'pom.xml'),
          'dependency:copy-dependencies',
          `-DoutputDirectory=${path.join(work, 'lib')}`,
          '-DincludeScope=runtime',
        ],
        'Maven could not download Neo4j from Maven Central; check the network or proxy settings (~/.m2/settings.xml), or set NEO4J_URI to use an existing Neo4j.',
      );
      this.log('Neo4j: compiling the launcher and the path-search procedure…');
      await runChecked(
        jdk.javac,
        ['-cp', path.join(work, 'lib', '*'), '-d', path.join(work, 'classes'), path.join(sourceDir, 'Launcher.java')],
        'javac could not compile server/neo4j/Launcher.java; check that the JDK is complete.',
      );
      await mkdir(pluginDir(work), { recursive: true });
      await buildPlugin(jdk.javac, work);
      await writeFile(path.join(work, 'complete'), '');
      await rename(work, target).catch(async (error: NodeJS.ErrnoException) => {
        // Another process finished the same install first; use theirs.
        if (!(await exists(path.join(target, 'complete')))) throw error;
      });
    } finally {
      await rm(work, { recursive: true, force: true });
    }
    return target;
  }

  /** The pid of this home's server when it is running. */
  async pid(): Promise<number | undefined> {
    const pid = Number(await readFile(this.file('neo4j.pid'), 'utf8').catch(() => ''));
    return pid > 0 && isAlive(pid) ? pid : undefined;
  }

  async password(): Promise<string> {
    return (await readFile(this.file('password'), 'utf8')).trim();
  }

  /** Starts the server unless it runs already, and resolves once it answers over Bolt. */
  async start(): Promise<Connection> {
    await mkdir(this.options.home, { recursive: true });
    // Judged before anything is installed or started, so a wrong data folder is named at once.
    const bundled = await bundledNeo4jVersion();
    const written = (await this.pid()) === undefined ? await recordedDataVersion(this.options.home) : bundled;
    const upgrade = written && judgeDataVersion(this.options.home, written, bundled);
    const unrecorded = !written && (await exists(this.file('data/databases'))) ? `\n${unrecordedDataHint(this.options.home, bundled)}` : '';
    const installed = await this.install();
    if (!(await exists(this.file('password')))) {
      await writeFile(this.file('password'), `${randomBytes(18).toString('base64url')}\n`, { mode: 0o600 });
    }
    await chmod(this.file('password'), 0o600);
    const connection = { uri: this.uri, user: 'neo4j', password: await this.password() };

    const running = await this.pid();
    if (running !== undefined && (await startedFrom(this.options.home)) === installed) {
      this.log(`Neo4j: already running (pid ${running}) on ${this.uri}`);
      await this.waitUntilReady(connection, undefined);
      return connection;
    }
    if (running !== undefined) {
      this.log(`Neo4j: running (pid ${running}) on other jars or procedures than this checkout's; restarting it on these…`);
      await this.stop();
    }
    if (!(await portIsFree(this.options.boltPort))) {
      throw new SetupError(
        `Port ${this.options.boltPort} is taken by another program, so the bundled Neo4j cannot listen there; stop that program, or set NEO4J_BOLT_PORT to a free port (or NEO4J_URI if it is a Neo4j you want to use).`,
      );
    }

    await writeFile(
      this.file('neo4j.conf'),
      [
        'server.bolt.enabled=true',
        `server.bolt.listen_address=127.0.0.1:${this.options.boltPort}`,
        'server.bolt.tls_level=DISABLED',
        'dbms.security.auth_enabled=true',
        `server.memory.pagecache.size=${this.options.pagecache}`,
        `server.directories.plugins=${pluginDir(installed)}`,
        // Bounded work per transaction: one runaway query cannot take the server down.
        `db.transaction.timeout=${this.options.transactionTimeout ?? '20s'}`,
        `db.memory.transaction.max=${this.options.transactionMemory ?? '256m'}`,
        'dbms.memory.transaction.total.max=512m',
        'dbms.usage_report.enabled=false',
        // Netty's quiet period before its Bolt event loops close: 5 s, twice, after the databases
        // have stopped and every connection is closed, so a stop took 10.5 s instead of 0.4 s. An
        // internal setting, hence its check in the managed-Neo4j test when the pinned version moves.
        'internal.dbms.bolt.netty_server_shutdown_quiet_period=0',
        '',
      ].join('\n'),
    );
    const { java } = await findJdk();
    if (upgrade) this.log(upgrade);
    this.log(`Neo4j: starting on ${this.uri} (data in ${this.options.home})…`);
    const out = openSync(this.file('neo4j.out'), 'a');
    const child = spawn(
      java,
      [
        `-Xms${this.options.heap}`,
        `-Xmx${this.options.heap}`,
        '-XX:+ExitOnOutOfMemoryError',
        ...neo4jJvmFlags,
        '-cp',
        `${path.join(installed, 'classes')}${path.delimiter}${path.join(installed, 'lib', '*')}`,
        'Launcher',
        this.options.home,
        this.file('neo4j.conf'),
        ...(this.options.ownerPid ? [String(this.options.ownerPid)] : []),
      ],
      { detached: true, stdio: ['ignore', out, out] },
    );
    closeSync(out);
    child.unref();
    if (child.pid === undefined) throw new SetupError('Java could not be started to run Neo4j; check the JDK installation.');
    await writeFile(this.file('neo4j.pid'), String(child.pid));
    await this.waitUntilReady(connection, child, unrecorded);
    await recordDataVersion(this.options.home, bundled);
    await recordStartedFrom(this.options.home, installed);
    const removed = await pruneInstalls(this.installDir, installed);
    if (removed.length > 0) this.log(`Neo4j: removed ${removed.length} install folder(s) nothing runs from any more (${removed.join(', ')})`);
    this.log('Neo4j: ready');
    return connection;
  }

  private async waitUntilReady(connection: Connection, child: ChildProcess | undefined, hint = ''): Promise<void> {
    let exited = false;
    child?.once('exit', () => {
      exited = true;
    });
    const deadline = Date.now() + 180_000;
    const driver = neo4j.driver(connection.uri, neo4j.auth.basic(connection.user, connection.password), {
      connectionTimeout: 2000,
      logging: { level: 'error', logger: () => {} },
    });
    try {
      while (Date.now() < deadline) {
        if (exited) {
          const tail = (await readFile(this.file('neo4j.out'), 'utf8').catch(() => '')).trim().split('\n').slice(-15).join('\n');
          throw new SetupError(`Neo4j stopped while starting; see ${this.file('neo4j.out')}. Its last lines:\n${tail}${hint}`);
        }
        try {
          await driver.executeQuery('RETURN 1');
          return;
        } catch (error) {
          if ((error as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized')
            throw new SetupError(
              `Neo4j in ${this.options.home} does not accept the password in ${this.file('password')}; delete that folder to start afresh (its data is lost).`,
            );
          await sleep(250);
        }
      }
      throw new SetupError(`Neo4j did not answer on ${this.uri} within 3 minutes; see ${this.file('neo4j.out')}.`);
    } finally {
      await driver.close();
    }
  }

  /** Stops the server if it runs, waiting for a clean shutdown. */
  async stop(): Promise<boolean> {
    const pid = await this.pid();
    if (pid === undefined) return false;
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await rm(this.file('neo4j.pid'), { force: true });
    return true;
  }
}
