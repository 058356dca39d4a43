import { seedIfChanged } from '../../../graph-seed/src/seed.ts';
import { createHttpServer } from '../app.ts';
import { curatedDataDir, loadConfig } from '../config.ts';
import { connectDatabase } from '../neo4j/connect.ts';
import { bulkLoaderFor } from './bulk-seed.ts';
import { runCli } from './run-cli.ts';
import { assertPortFree, listen, shutdownOn } from './serve.ts';

const log = (line: string) => console.log(line);

runCli(async () => {
  const started = performance.now();
  const config = loadConfig();
  // Fail in a second on a taken port, not after Neo4j has started and the graph has loaded.
  await assertPortFree(config.port, config.host);
  const db = await connectDatabase(config, log);
  await seedIfChanged(db, log, curatedDataDir, bulkLoaderFor(config, db, log));
  const server = createHttpServer(db, config);
  await listen(server, config.port, config.host).catch(async (error) => {
    await db.close();
    throw error;
  });
  shutdownOn(server, db, log);
  log(`techgraph is ready in ${((performance.now() - started) / 1000).toFixed(1)} s: http://localhost:${config.port}/ (GraphQL at /graphql)`);
  if (!config.external) log('Neo4j keeps running in the background for fast restarts; `npm run neo4j:stop` stops it.');
});
