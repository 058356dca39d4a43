import { afterAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../../server/src/db/driver.ts';
import { freePort } from '../support/global-setup.ts';
import { errorOf, testApi } from '../support/graphql.ts';

/** A real Db whose reads fail the way a bug would, with Cypher and an address in the message. */
class FailingDb extends Db {
  override read<T>(): Promise<T[]> {
    return Promise.reject(new Error('Invalid input in MATCH (n:Secret) at bolt://10.0.0.7:7687'));
  }
}

const api = testApi();
afterAll(() => api.close());

describe('errors', () => {
  it('reports an unreachable database as DATABASE_UNAVAILABLE, without details', async () => {
    const down = testApi({ db: new Db({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: 'x' }) });
    try {
      const response = await down.query('{ stats { technologies } }');
      expect(errorOf(response)).toEqual({ code: 'DATABASE_UNAVAILABLE', message: 'The graph database is unavailable right now; try again in a moment.' });
      expect(JSON.stringify(response)).not.toMatch(/bolt|127\.0\.0\.1|stack/i);
    } finally {
      await down.close();
    }
  });

  it('masks unexpected errors: no message, Cypher, address or stack reaches the client', async () => {
    const broken = testApi({ db: new FailingDb(inject('neo4j')) });
    try {
      const response = await broken.query('{ search(text: "spark") { id } }');
      expect(errorOf(response)).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        message: 'Something went wrong on the server; try again, and report it if it keeps happening.',
      });
      expect(JSON.stringify(response)).not.toMatch(/MATCH|Secret|bolt|10\.0\.0\.7|stack|at /);
    } finally {
      await broken.close();
    }
  });

  it('passes GraphQL syntax and validation errors through', async () => {
    expect((await api.query('{ stats { technologies ')).errors?.[0]?.message).toMatch(/Syntax Error/);
    expect((await api.query('{ neighborhood(id: "apache-spark", depth: "deep") { omittedTotal } }')).errors?.[0]?.message).toMatch(/Int/);
    expect((await api.query('{ neighborhood(id: "apache-spark", relationTypes: [KNOWS]) { omittedTotal } }')).errors?.[0]?.message).toMatch(/RelationType/);
  });

  it('limits query depth and aliases', async () => {
    const deep = `{ technology(id: "apache-spark") { relations { from { relations { from { relations { from { relations { from { relations { from { relations { from { id } } } } } } } } } } } } } }`;
    expect((await api.query(deep)).errors?.[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: stats { technologies }`).join(' ')} }`;
    expect((await api.query(aliases)).errors?.[0]?.message).toMatch(/alias/i);
  });
});
