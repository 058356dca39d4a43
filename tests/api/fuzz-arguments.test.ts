import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { buildSchema, type GraphQLArgument, type GraphQLInputType, getNamedType, isEnumType, isLeafType, isListType, isNonNullType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';
import { testDb } from '../support/db.ts';
import { graphCounts, leaksIn, postGraphQL } from '../support/http-probe.ts';
import { type RunningServer, startTestServer } from '../support/server.ts';

// Random strings, numbers, lists, nulls and objects at every argument of every query field, sent as
// variables of the declared type. Each must get data or a clear error: never a 500, never the masked
// "something went wrong" (an error nobody foresaw), never a stack, path, Cypher or address.

const masked = 'Something went wrong on the server; try again, and report it if it keeps happening.';
const observer = testDb();
let server: RunningServer;
let before: { nodes: number; relations: number };

beforeAll(async () => {
  server = await startTestServer({});
  before = await graphCounts(observer);
});
afterAll(async () => {
  await server.close();
  await observer.close();
});

/** GraphQL's name for a type as a variable declaration writes it, e.g. `[RelationType!]`. */
function typeName(type: GraphQLInputType): string {
  if (isNonNullType(type)) return `${typeName(type.ofType)}!`;
  if (isListType(type)) return `[${typeName(type.ofType)}]`;
  return type.name;
}

const anyScalar = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('apache-spark', 'hdfs', 'kubernetes', 'aws', '', ' ', '*', '\\', '"', "'", '\u0000', 'a'.repeat(5000), 'spark vs flink'),
  fc.integer(),
  fc.integer({ min: -3, max: 30 }),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);

/** Values for one argument: mostly of its type (so resolvers run), often of any other shape (so validation must refuse them). */
function valueFor(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  const ofType = isEnumType(named) ? fc.constantFrom(...named.getValues().map((v) => v.name)) : anyScalar;
  const listed = isListType(isNonNullType(type) ? type.ofType : type) ? fc.array(ofType, { maxLength: 6 }) : ofType;
  return fc.oneof(
    { weight: 3, arbitrary: listed },
    { weight: 1, arbitrary: fc.oneof(anyScalar, fc.array(anyScalar, { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 5 }), anyScalar, { maxKeys: 3 })) },
  );
}

// The printed SDL (checked against the live schema by schema-sdl.test.ts), built with this file's own
// graphql module: the server's schema object comes from graphql's other module format.
const schema = buildSchema(readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8'));
const fields = Object.values(schema.getQueryType()!.getFields()).filter((f) => f.args.length > 0);

function operationFor(name: string, args: readonly GraphQLArgument[], returnsObject: boolean): string {
  const declared = args.map((a) => `$${a.name}: ${typeName(a.type)}`).join(', ');
  const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `query (${declared}) { ${name}(${passed})${returnsObject ? ' { __typename }' : ''} }`;
}

/** Every string the request carried, so an echo of the input in an error is not mistaken for a leak. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

describe('random input at every query argument', () => {
  it('covers every query field that takes arguments', () => {
    expect(fields.map((f) => f.name).sort()).toEqual(
      [
        'alternatives',
        'connection',
        'entity',
        'equivalents',
        'graph',
        'neighborhood',
        'paths',
        'relate',
        'search',
        'stack',
        'technologies',
        'technology',
        'translateStack',
      ].sort(),
    );
  });

  it.each(fields.map((f) => [f.name, f] as const))(
    'gets data or a clear error at %s, never a 500, a masked error or a leak',
    { timeout: 300_000 },
    async (name, field) => {
      const query = operationFor(name, field.args, !isLeafType(getNamedType(field.type)));
      const variables = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type)])));
      await fc.assert(
        fc.asyncProperty(variables, async (vars) => {
          const response = await postGraphQL(server.url, { query, variables: vars });
          expect([200, 400], response.body).toContain(response.status);
          const body = JSON.parse(response.body) as { data?: unknown; errors?: Array<{ message: string }> };
          expect(body.data !== undefined || (body.errors?.length ?? 0) > 0).toBe(true);
          for (const error of body.errors ?? []) {
            expect(error.message).not.toBe(masked);
            expect(error.message.length).toBeGreaterThan(5);
          }
          let scrubbed = response.body;
          for (const s of stringsIn(vars).sort((a, b) => b.length - a.length)) {
            if (s.length > 0) scrubbed = scrubbed.split(JSON.stringify(s).slice(1, -1)).join('');
          }
          expect(leaksIn(scrubbed), response.body).toEqual([]);
        }),
        { numRuns: 40, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) },
      );
    },
  );

  it('leaves the graph exactly as it was', async () => {
    expect(await graphCounts(observer)).toEqual(before);
  });
});
