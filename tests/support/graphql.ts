import { inject } from 'vitest';
import { Db } from '../../server/src/db/driver.ts';
import type { WriteTx } from '../../server/src/db/queries/technology-writes.ts';
import type { LayoutService } from '../../server/src/layout/layout-service.ts';
import { createTechgraphYoga } from '../../server/src/yoga.ts';
import { testDb } from './db.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: string } & Record<string, unknown> }>;
}

export interface TestApi {
  db: Db;
  /** Runs one operation in-process through `yoga.fetch`, as the HTTP server would. */
  query<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** The production yoga (masking on) over the suite's Neo4j; no port needed. */
export function testApi(options: { apiToken?: string; db?: Db; layouts?: LayoutService } = {}): TestApi {
  const db = options.db ?? testDb();
  const yoga = createTechgraphYoga({
    db,
    ...(options.apiToken && { apiToken: options.apiToken }),
    ...(options.layouts && { layouts: options.layouts }),
    maskErrors: true,
  });
  return {
    db,
    async query<T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
      const response = await yoga.fetch('http://yoga/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    close: async () => {
      await options.layouts?.close();
      await db.close();
    },
  };
}

/** The data of a response that must have succeeded; fails with the errors otherwise. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length || !response.data) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The code and message of the only error of a response that must have failed. */
export function errorOf(response: GraphQLResponse): { code: string | undefined; message: string } {
  const [error] = response.errors ?? [];
  if (!error) throw new Error(`Expected an error, got data ${JSON.stringify(response.data)}`);
  return { code: error.extensions?.code, message: error.message };
}

/**
 * A real Db that counts the statements it runs (to check that queries batch, and that refused
 * requests run none) and keeps every Cypher text it sent, including those inside a write transaction.
 */
export class CountingDb extends Db {
  statements = 0;
  /** Every Cypher text sent to Neo4j, in order. */
  texts: string[] = [];
  /** Every parameter map sent with those texts. */
  params: Array<Record<string, unknown>> = [];

  private record(cypher: string, params: Record<string, unknown> = {}) {
    this.texts.push(cypher);
    this.params.push(params);
  }

  override read<T>(cypher: string, params?: Record<string, unknown>, config?: { timeoutMs?: number }): Promise<T[]> {
    this.statements++;
    this.record(cypher, params);
    return super.read<T>(cypher, params, config);
  }

  override write<T>(cypher: string, params?: Record<string, unknown>, config?: { timeoutMs?: number }): Promise<T[]> {
    this.statements++;
    this.record(cypher, params);
    return super.write<T>(cypher, params, config);
  }

  override writeTransaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    this.statements++;
    return super.writeTransaction((tx) =>
      work({
        run: (cypher, params) => {
          this.record(cypher, params);
          return tx.run(cypher, params);
        },
      }),
    );
  }

  reset(): void {
    this.statements = 0;
    this.texts = [];
    this.params = [];
  }
}

export const countingDb = () => new CountingDb(inject('neo4j'));
