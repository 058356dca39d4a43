import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { seedIfChanged } from '../../../graph-seed/src/seed.ts';
import { createHttpServer } from '../app.ts';
import { curatedDataDir, loadConfig, repoRoot } from '../config.ts';
import { connectDatabase } from '../neo4j/connect.ts';
import { bulkLoaderFor } from './bulk-seed.ts';
import { runCli } from './run-cli.ts';
import { listen, shutdownOn } from './serve.ts';

const log = (line: string) => console.log(line);

/**
 * `npm run dev`: the same server as `npm start`, with the web app served by Vite in middleware mode
 * (hot reload, its websocket on the same port) instead of from web/dist.
 */
runCli(async () => {
  const config = loadConfig();
  const db = await connectDatabase(config, log);
  await seedIfChanged(db, log, curatedDataDir, bulkLoaderFor(config, db, log));
  // The server is created first so Vite can attach its HMR websocket to it; requests only reach
  // the fallback once listening, after `vite` is set.
  let vite: ViteDevServer | undefined;
  const server = createHttpServer(db, config, (req, res) => {
    if (!vite) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('The dev server is starting; reload in a moment.');
      return;
    }
    vite.middlewares(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found.');
    });
  });
  const { createServer } = await import('vite');
  vite = await createServer({
    configFile: path.join(repoRoot, 'web/vite.config.ts'),
    appType: 'spa',
    server: { middlewareMode: true, hmr: { server } },
  });
  await listen(server, config.port, config.host).catch(async (error) => {
    await vite?.close();
    await db.close();
    throw error;
  });
  server.on('close', () => void vite?.close());
  shutdownOn(server, db, log);
  log(`techgraph dev server: http://localhost:${config.port}/ (hot reload; GraphQL at /graphql)`);
});
