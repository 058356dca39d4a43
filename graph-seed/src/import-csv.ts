import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import type { GraphNodeRow, GraphRelationRow, GraphRows } from './load.ts';

/**
 * The files `neo4j-admin database import full` reads to build the curated graph offline. They hold
 * exactly what the transactional loader (load.ts) would write: the same labels, properties with the
 * same types, origin 'curated' and the same content hashes, so a later `loadSeed` of the same data
 * finds every row current and writes nothing.
 */

/**
 * Separates the items of a list inside one field. The ASCII unit separator never occurs in curated
 * text, unlike the importer's default `;` (a note or a remark's JSON can hold one); the writer
 * refuses a list item that contains it rather than split the item in two.
 */
export const arrayDelimiter = '\u001f';

/** How the importer should read a column; `double` because the driver sends every JS number to Neo4j as a Float. */
export type ColumnType = 'string' | 'double' | 'boolean' | 'string[]';

export interface NodeFile {
  labels: readonly string[];
  file: string;
}

/** What the import command needs to know about the files written. */
export interface ImportCsv {
  nodes: NodeFile[];
  relationships: string[];
  arrayDelimiter: string;
  /** Some value holds a line break, so the importer must read quoted fields across lines (which is slower). */
  multiline: boolean;
  nodeRows: number;
  relationRows: number;
  /**
   * Nodes whose listed properties are empty lists. The importer cannot store an empty list (an
   * empty field means "no property"), so these are set after the import.
   */
  emptyLists: Array<{ keys: string[]; ids: string[] }>;
}

export class ImportCsvError extends Error {
  override name = 'ImportCsvError';
}

/** RFC 4180 quoting: the field in double quotes, each double quote inside doubled. Quoted, an empty string stays a string. */
export const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The importer's column type for one property value; undefined for null, which the loader never stores. */
export function columnType(key: string, value: unknown): ColumnType | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'string[]';
  throw new ImportCsvError(
    `Property "${key}" holds a value the bulk import cannot write (${JSON.stringify(value)}); only text, numbers, booleans and lists of text are supported.`,
  );
}

/**
 * One CSV field for `value` read as `type`. Null is an empty, unquoted field, which the importer
 * leaves out, as `SET n = props` leaves out a null. So is an empty list, which the importer cannot
 * store (see `emptyLists`).
 */
export function csvField(key: string, value: unknown, type: ColumnType): string {
  if (value === null || value === undefined) return '';
  const actual = columnType(key, value);
  if (actual !== type) throw new ImportCsvError(`Property "${key}" is ${actual} on one row and ${type} on another; every row of a label must use one type.`);
  if (type === 'double') {
    if (!Number.isFinite(value)) throw new ImportCsvError(`Property "${key}" is ${value}, which Neo4j cannot store; use a finite number.`);
    return String(value);
  }
  if (type === 'boolean') return String(value);
  if (type === 'string[]' && (value as string[]).length === 0) return '';
  if (type === 'string') return quote(value as string);
  const items = value as string[];
  for (const item of items)
    if (item === '' || item.includes(arrayDelimiter))
      throw new ImportCsvError(
        `An item of "${key}" (${JSON.stringify(item)}) is empty or holds the list separator U+001F, which the bulk import cannot keep apart; remove it from the data.`,
      );
  return quote(items.join(arrayDelimiter));
}

interface Column {
  key: string;
  type: ColumnType;
}

/** The property columns of one label, in first-seen order; a property that is null on every row stores nothing and gets no column. */
function columnsOf(rows: readonly GraphNodeRow[]): Column[] {
  const types = new Map<string, ColumnType>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row.props)) {
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key)) throw new ImportCsvError(`Property name "${key}" cannot be a CSV header; use letters, digits and _.`);
      const type = columnType(key, value);
      if (type && !types.has(key)) types.set(key, type);
    }
  return [...types].map(([key, type]) => ({ key, type }));
}

/** The header line of a node file: the id, then typed properties, then the loader's bookkeeping. */
export const nodeHeader = (columns: readonly Column[]) =>
  ['id:ID', ...columns.map((c) => (c.type === 'string' ? c.key : `${c.key}:${c.type}`)), 'origin', 'hash'].join(',');

export const relationHeader = ':START_ID,:END_ID,:TYPE,key,note,source,origin,hash';

export function nodeLine(row: GraphNodeRow, columns: readonly Column[]): string {
  return [quote(row.id), ...columns.map((c) => csvField(c.key, row.props[c.key], c.type)), quote('curated'), quote(row.hash)].join(',');
}

export function relationLine(row: GraphRelationRow): string {
  if (!/^[A-Z][A-Z_]*$/.test(row.type)) throw new ImportCsvError(`Relation type "${row.type}" is not a valid type name.`);
  return [row.from, row.to, row.type, row.key, row.note, row.source, 'curated', row.hash].map(quote).join(',');
}

/** Writes `header` and the lines in chunks, waiting whenever the disk falls behind, so memory stays flat whatever the row count. */
async function writeLines<T>(file: string, header: string, rows: Iterable<T>, line: (row: T) => string): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  const failed = once(out, 'error').then(([error]) => {
    throw error;
  });
  failed.catch(() => {});
  const flush = async (chunk: string) => {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    let chunk = `${header}\n`;
    for (const row of rows) {
      chunk += `${line(row)}\n`;
      if (chunk.length >= 1 << 16) {
        await flush(chunk);
        chunk = '';
      }
    }
    out.end(chunk);
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
  }
}

const hasLineBreak = (text: string) => /[\r\n]/.test(text);

/** Writes the import files for the rows of the data (`toRows`) into `folder`, which must exist: one node file per label and one relation file. */
export async function writeImportCsv({ nodes, relations }: GraphRows, folder: string): Promise<ImportCsv> {
  const files: NodeFile[] = [];
  const emptyLists = new Map<string, { keys: string[]; ids: string[] }>();
  for (const node of nodes) {
    const keys = Object.entries(node.props)
      .filter(([, value]) => Array.isArray(value) && value.length === 0)
      .map(([key]) => key);
    if (keys.length === 0) continue;
    const group = emptyLists.get(keys.join()) ?? { keys, ids: [] };
    group.ids.push(node.id);
    emptyLists.set(keys.join(), group);
  }
  let multiline = false;
  for (const label of [...new Set(nodes.map((n) => n.label))]) {
    const rows = nodes.filter((n) => n.label === label);
    const columns = columnsOf(rows);
    const file = path.join(folder, `nodes-${label}.csv`);
    await writeLines(file, nodeHeader(columns), rows, (row) => {
      const line = nodeLine(row, columns);
      multiline ||= hasLineBreak(line);
      return line;
    });
    files.push({ labels: ['Entity', label], file });
  }
  const relationFile = path.join(folder, 'relations.csv');
  await writeLines(relationFile, relationHeader, relations, (row) => {
    const line = relationLine(row);
    multiline ||= hasLineBreak(line);
    return line;
  });
  return {
    nodes: files,
    relationships: [relationFile],
    arrayDelimiter,
    multiline,
    nodeRows: nodes.length,
    relationRows: relations.length,
    emptyLists: [...emptyLists.values()],
  };
}
