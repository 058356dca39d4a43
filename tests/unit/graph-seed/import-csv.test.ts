import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arrayDelimiter, csvField, ImportCsvError, nodeHeader, quote, relationLine, writeImportCsv } from '../../../graph-seed/src/import-csv.ts';
import { relationHash, toRows } from '../../../graph-seed/src/load.ts';
import { syntheticGraph } from '../../../graph-seed/src/synthetic.ts';

describe('the CSV files for neo4j-admin database import', () => {
  it('quotes text and doubles the quotes inside it, keeping commas, semicolons, line breaks and unicode', () => {
    expect(quote('plain')).toBe('"plain"');
    expect(csvField('note', 'He said "yes", then; left\nfor 数据 🚀', 'string')).toBe('"He said ""yes"", then; left\nfor 数据 🚀"');
    expect(csvField('note', '', 'string')).toBe('""');
    expect(csvField('note', 'ends with a backslash\\', 'string')).toBe('"ends with a backslash\\"');
  });

  it('writes null as an empty unquoted field, which the importer leaves out', () => {
    expect(csvField('statusSince', null, 'double')).toBe('');
    expect(csvField('statusSource', null, 'string')).toBe('');
    expect(csvField('remarks', [], 'string[]')).toBe('');
  });

  it('joins list items with the unit separator and quotes the whole field', () => {
    expect(csvField('aliases', ['a;b', 'c,"d"'], 'string[]')).toBe(`"a;b${arrayDelimiter}c,""d"""`);
  });

  it('writes numbers and booleans bare', () => {
    expect(csvField('firstRelease', 2014, 'double')).toBe('2014');
    expect(csvField('openSource', false, 'boolean')).toBe('false');
  });

  it('refuses list items it could not keep apart, a type that changes between rows, and numbers Neo4j cannot store', () => {
    expect(() => csvField('aliases', [`a${arrayDelimiter}b`], 'string[]')).toThrow(ImportCsvError);
    expect(() => csvField('aliases', ['a', ''], 'string[]')).toThrow(/is empty or holds the list separator/);
    expect(() => csvField('firstRelease', '2014', 'double')).toThrow(/is string on one row and double on another/);
    expect(() => csvField('firstRelease', Number.NaN, 'double')).toThrow(/use a finite number/);
    expect(() => csvField('meta', { a: 1 } as unknown, 'string')).toThrow(/only text, numbers, booleans and lists of text/);
  });

  it('types the header columns the way the transactional loader stores the values', () => {
    expect(
      nodeHeader([
        { key: 'name', type: 'string' },
        { key: 'firstRelease', type: 'double' },
        { key: 'openSource', type: 'boolean' },
        { key: 'aliases', type: 'string[]' },
      ]),
    ).toBe('id:ID,name,firstRelease:double,openSource:boolean,aliases:string[],origin,hash');
  });

  it('writes a relation with its key, origin and the hash the loader stores', () => {
    const fields = { note: 'A uses "B", mostly', source: 'seed-notes' };
    const row = { key: 'a|USES|b', from: 'a', type: 'USES', to: 'b', ...fields, hash: relationHash(fields) };
    expect(relationLine(row)).toBe(`"a","b","USES","a|USES|b","A uses ""B"", mostly","seed-notes","curated","${relationHash(fields)}"`);
  });

  it('writes one node file per label and one relation file, and lists the nodes whose lists are empty', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'techgraph-import-csv-'));
    try {
      const data = syntheticGraph({ technologies: 30, relations: 40, categories: 3, vendors: 2 });
      const files = await writeImportCsv(toRows(data), folder);
      expect(files.nodes.map((n) => n.labels.join(':'))).toEqual(['Entity:Category', 'Entity:Vendor', 'Entity:Technology']);
      expect(files.multiline).toBe(false);
      const relations = (await readFile(files.relationships[0] ?? '', 'utf8')).trimEnd().split('\n');
      // Header + the curated relations + one IN_CATEGORY each + PROVIDED_BY for every third technology.
      expect(relations).toHaveLength(1 + 40 + 30 + 10);
      expect(files.relationRows).toBe(relations.length - 1);
      const technologies = (await readFile(files.nodes[2]?.file ?? '', 'utf8')).split('\n');
      expect(technologies[0]).toMatch(/^id:ID,name,kind,description,aliases:string\[\],aliasText,nameKeys:string\[\],firstRelease:double,/);
      expect(files.emptyLists).toContainEqual({ keys: ['remarks'], ids: data.technologies.map((t) => t.id) });
      expect(files.emptyLists).toContainEqual({ keys: ['aliases'], ids: [...data.categories, ...data.vendors].map((n) => n.id) });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('says when a value holds a line break, so the importer reads fields across lines', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'techgraph-import-csv-'));
    try {
      const data = syntheticGraph({ technologies: 3, relations: 2 });
      const first = data.relations[0];
      if (first) first.note = 'Two\nlines';
      expect((await writeImportCsv(toRows(data), folder)).multiline).toBe(true);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
