import { getIntrospectionQuery } from 'graphql';
import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { Db } from '../../server/src/db/driver.ts';
import { leaksIn, postGraphQL, timedFetch } from '../support/http-probe.ts';
import { startTestServer } from '../support/server.ts';

// Introspection and GraphiQL can be switched off, and NODE_ENV=production masks errors.

/** A real Db whose reads fail the way a bug would, with Cypher, an address and a path in the message. */
class FailingDb extends Db {
  override read<T>(): Promise<T[]> {
    return Promise.reject(new Error('Invalid input in MATCH (n:Secret) at bolt://10.0.0.7:7687 (/work/main/server/src/db/queries/search.ts:12)'));
  }
}

const introspection = { query: '{ __schema { queryType { name } } }' };
const typeLookup = { query: '{ __type(name: "Mutation") { fields { name } } }' };
const graphiql = (url: string) => timedFetch(`${url}/graphql`, { headers: { accept: 'text/html' } });

describe('configuration for production', () => {
  it('turns introspection and GraphiQL off for NODE_ENV=production unless asked for', () => {
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ production: true, introspection: false, graphiql: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: 'true' })).toMatchObject({ introspection: true, graphiql: true });
    expect(loadConfig({ NODE_ENV: 'development', INTROSPECTION: 'false', GRAPHIQL: 'false' })).toMatchObject({ introspection: false, graphiql: false });
  });

  it('answers introspection and serves GraphiQL when they are on', async () => {
    const server = await startTestServer({ introspection: true, graphiql: true });
    try {
      expect(JSON.parse((await postGraphQL(server.url, introspection)).body)).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      const page = await graphiql(server.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
    } finally {
      await server.close();
    }
  });

  it('answers the full introspection query GraphiQL sends for its docs and autocompletion, and still refuses cyclic introspection', async () => {
    const server = await startTestServer({ introspection: true, graphiql: true });
    try {
      const full = JSON.parse((await postGraphQL(server.url, { query: getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }) })).body);
      expect(full.errors).toBeUndefined();
      expect(full.data.__schema.types.map((t: { name: string }) => t.name)).toEqual(expect.arrayContaining(['Query', 'Technology', 'Mutation']));
      const cyclic = '{ __schema { types { fields { type { fields { type { fields { type { fields { name } } } } } } } } } }';
      const refused = await postGraphQL(server.url, { query: cyclic });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body).errors[0].message).toMatch(/Maximum introspection depth exceeded/);
    } finally {
      await server.close();
    }
  });

  it('refuses introspection, __schema and __type alike, and serves no GraphiQL when they are off', async () => {
    const server = await startTestServer({ introspection: false, graphiql: false });
    try {
      for (const body of [introspection, typeLookup, { query: 'query __schema { ...f } fragment f on Query { __schema { types { name } } }' }]) {
        const response = await postGraphQL(server.url, body);
        expect(response.status).toBe(400);
        expect(JSON.parse(response.body).errors[0].message).toMatch(/introspection has been disabled/);
      }
      expect(JSON.parse((await postGraphQL(server.url, { query: '{ stats { vendors } }' })).body).data.stats.vendors).toBeGreaterThan(0);
      const page = await graphiql(server.url);
      expect(page.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
      expect(page.body).not.toMatch(/graphiql/i);
    } finally {
      await server.close();
    }
  });

  it('masks an unexpected error in the production build: one generic sentence, no details', async () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    const server = await startTestServer(config, new FailingDb(inject('neo4j')));
    try {
      const response = await postGraphQL(server.url, { query: '{ search(text: "spark") { id } }' });
      const body = JSON.parse(response.body);
      expect(body.errors).toEqual([
        {
          message: 'Something went wrong on the server; try again, and report it if it keeps happening.',
          locations: expect.any(Array),
          path: ['search'],
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ]);
      expect(leaksIn(response.body)).toEqual([]);
      expect(response.body).not.toMatch(/Secret|Invalid input|stack/);
    } finally {
      await server.close();
    }
  });

  it('does not echo a broken body back in the production build', async () => {
    const server = await startTestServer(loadConfig({ NODE_ENV: 'production' }));
    try {
      const response = await postGraphQL(server.url, '{"query": "{ stats { vendors } }", "secret-looking": MATCH (n) RETURN n');
      expect(response.status).toBe(400);
      expect(JSON.parse(response.body)).toEqual({ errors: [{ message: 'POST body sent invalid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    } finally {
      await server.close();
    }
  });
});
