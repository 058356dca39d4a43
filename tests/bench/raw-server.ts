import type http from 'node:http';
import type { Db } from '../../server/src/db/driver.ts';
import { neighborhoodOf } from '../../server/src/services/neighborhood.ts';
import { pathsBetween, requireEndpoints } from '../../server/src/services/paths.ts';
import { searchGraph } from '../../server/src/services/search.ts';
import { neighborhoodProjection, searchProps } from './api-cases.ts';

/**
 * The raw-driver baseline of item 1: the same service functions the resolvers call (so Neo4j gets
 * the same Cypher with the same parameters), behind a bare JSON handler, answering the same fields
 * the benchmark's GraphQL documents select. The difference to the stack is HTTP + Yoga + Pothos.
 */
export function rawHandler(db: Db): http.RequestListener {
  const routes: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
    '/neighborhood': async (b) => {
      const n = await neighborhoodOf(db, String(b.id), {
        depth: Number(b.depth ?? 1),
        types: null,
        direction: 'BOTH',
        limitPerNode: 25,
        projection: neighborhoodProjection,
      });
      return {
        nodes: n.nodes.map((e) => ({ id: e.id, name: e.name, kind: e.kind, label: e.label })),
        relations: n.relations.map((r) => ({ id: r.id, type: r.type, fromId: r.fromId, toId: r.toId })),
        omittedTotal: n.omittedTotal,
      };
    },
    '/paths': async (b) => {
      const [from, to] = await requireEndpoints(db, String(b.from), String(b.to));
      const paths = await pathsBetween(db, from.id, to.id, { maxHops: Number(b.maxHops ?? 4), types: null, first: 5 });
      return paths.map((p) => ({
        length: p.length,
        summary: p.summary,
        nodes: p.nodes.map((e) => ({ id: e.id, name: e.name })),
        relations: p.relations.map((r) => ({ type: r.type })),
      }));
    },
    '/search': async (b) => {
      const hits = await searchGraph(db, String(b.text), 10, searchProps);
      return hits.map((h) => ({ id: h.entity.id, name: h.entity.name, kind: h.entity.kind, score: h.score }));
    },
  };
  return (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const route = routes[req.url ?? ''];
      try {
        if (!route) throw new Error(`no route ${req.url}`);
        const data = await route(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ data }));
      } catch (error) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: (error as Error).message }));
      }
    });
  };
}
