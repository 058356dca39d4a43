import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { heavyCost } from '../../../server/src/query-cost.ts';
import { schema } from '../../../server/src/schema/index.ts';

describe('heavyCost', () => {
  it('charges a stack by its pairs, through aliases, fragments and variables', () => {
    const document = parse(`query ($ids: [ID!]!) { a: stack(ids: $ids) { summary } ...more }
      fragment more on Query { b: stack(ids: ["x", "y", "z"]) { summary } t: translateStack(ids: $ids, to: "aws") { reason } }`);
    expect(heavyCost(schema, document, undefined, { ids: ['a', 'b', 'c', 'd'] })).toBe(6 + 3 + 4);
  });

  it('charges nothing for other fields and for mutations', () => {
    expect(heavyCost(schema, parse('{ search(text: "spark") { id } }'), undefined, {})).toBe(0);
  });
});
