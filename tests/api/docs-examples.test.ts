import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';
import { type TestApi, testApi } from '../support/graphql.ts';

const apiDoc = readFileSync(path.join(repoRoot, 'docs/api.md'), 'utf8');

interface Example {
  section: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  /** The other fenced blocks of its section, by language: sh, js, python. */
  snippets: Map<string, string>;
}

/**
 * Every ```graphql block of the document, with the ```json block right after it as its variables,
 * and the snippets of the same `##` section.
 */
function examplesOf(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const section of markdown.split(/^## /m).slice(1)) {
    const title = section.slice(0, section.indexOf('\n'));
    const blocks = [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, body]) => ({ lang: lang ?? '', body: body ?? '' }));
    blocks.forEach((block, i) => {
      if (block.lang !== 'graphql') return;
      const next = blocks[i + 1];
      const snippets = new Map(blocks.filter((b) => ['sh', 'js', 'python'].includes(b.lang)).map((b) => [b.lang, b.body]));
      examples.push({ section: title, query: block.body, variables: next?.lang === 'json' ? JSON.parse(next.body) : undefined, snippets });
    });
  }
  return examples;
}

/** The JSON body a snippet sends: curl's -d '…' and requests' json=… hold JSON; fetch's JSON.stringify(…) holds a JavaScript object. */
function sentBody(lang: string, snippet: string): unknown {
  const pattern = { sh: /-d '(\{.*\})'/, js: /JSON\.stringify\((\{[\s\S]*?\})\),\n\}\);/, python: /json=(\{.*\}),/ }[lang];
  const match = pattern?.exec(snippet)?.[1];
  if (!match) throw new Error(`The ${lang} snippet sends no body that this test can read.`);
  // The JavaScript is evaluated as written, so a snippet that is not valid JavaScript fails here too.
  if (lang === 'js') return new Function(`return (${match});`)();
  // Python spells JSON's true, false and null as True, False and None (outside strings, which hold none of them here).
  return JSON.parse(
    lang === 'python' ? match.replace(/\b(True|False|None)\b/g, (word) => ({ True: 'true', False: 'false', None: 'null' })[word] ?? word) : match,
  );
}

/** The lists that carry an answer; an empty one means the example found nothing. */
const answerLists = ['paths', 'nodes', 'relations', 'relationsByType'];

/** A value that answers something: not null, not an empty list, and no empty answer list directly inside it. */
function answers(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return answerLists.every((key) => !(key in value) || answers((value as Record<string, unknown>)[key]));
  return true;
}

const examples = examplesOf(apiDoc);
let api: TestApi;

beforeAll(() => {
  api = testApi();
});

afterAll(async () => {
  await api?.close();
});

describe('docs/api.md', () => {
  it('has an example for each common question', () => {
    expect(examples.map((e) => e.section)).toEqual(
      expect.arrayContaining([
        'Search',
        'A technology with its relations',
        'A neighbourhood',
        'Paths between two',
        'A plain question',
        'Equivalents across clouds',
        'A comparison',
        'Stats and the relation vocabulary',
      ]),
    );
  });

  it.each(examples.map((e) => [e.section, e] as const))('answers the "%s" example with data and no errors', async (_section, example) => {
    const response = await api.query(example.query, example.variables);
    expect(response.errors).toBeUndefined();
    const data = response.data as Record<string, unknown>;
    for (const [field, value] of Object.entries(data)) expect(answers(value), `${field} came back empty`).toBe(true);
  });

  it.each(examples.map((e) => [e.section, e] as const))('sends exactly the "%s" example from curl, JavaScript and Python', (_section, example) => {
    const expected = { query: example.query.replace(/\s+/g, ' ').trim(), ...(example.variables && { variables: example.variables }) };
    for (const lang of ['sh', 'js', 'python']) {
      const snippet = example.snippets.get(lang);
      expect(snippet, `no ${lang} snippet`).toBeDefined();
      expect(sentBody(lang, snippet ?? '')).toEqual(expected);
    }
  });
});
