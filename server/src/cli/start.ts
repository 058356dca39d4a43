import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { seedIfChanged } from '../../../graph-seed/src/seed.ts';
import { createHttpServer, webDist } from '../app.ts';
import { loadConfig, repoRoot } from '../config.ts';
import { connectDatabase } from '../neo4j/connect.ts';
import { runCli } from './run-cli.ts';
import { assertPortFree, listen, shutdownOn } from './serve.ts';

const log = (line: string) => console.log(line);

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** Builds the web app when web/dist is missing or older than its sources. */
async function ensureWebBuilt(): Promise<void> {
  const webSrc = path.join(repoRoot, 'web/src');
  if (!existsSync(webSrc)) return;
  const index = path.join(webDist, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestMtime(webSrc)) return;
  log('Web: building the explorer with Vite…');
  const { build } = await import('vite');
  await build({ configFile: path.join(repoRoot, 'web/vite.config.ts'), logLevel: 'warn' });
}

runCli(async () => {
  const started = performance.now();
  const config = loadConfig();
  // Fail in a second on a taken port, not after Neo4j and the web build have run.
  await assertPortFree(config.port, config.host);
  const db = await connectDatabase(config, log);
  await seedIfChanged(db, log);
  await ensureWebBuilt();
  const server = createHttpServer(db, config);
  await listen(server, config.port, config.host).catch(async (error) => {
    await db.close();
    throw error;
  });
  shutdownOn(server, db, log);
  log(`techgraph is ready in ${((performance.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}/ (GraphQL at /graphql)`);
  if (!config.external) log('Neo4j keeps running in the background for fast restarts; `npm run neo4j:stop` stops it.');
});
