import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';

/**
 * The folders are rooms with one job, and imports run one way:
 *
 *                     server/src/cli   (puts the app together; may import every room)
 *                   /       |        \
 *          graph-seed    server       web
 *                   \       |        /
 *                       schema/model   (the shared graph model; imports none of them)
 *
 * graph-seed also uses the server's database layer (server/src/db), which owns the database schema.
 */
type Room = 'model' | 'server' | 'cli' | 'db' | 'graph-seed' | 'web';

const roomOf = (file: string): Room | undefined => {
  if (file.startsWith('schema/model/')) return 'model';
  if (file.startsWith('server/src/cli/')) return 'cli';
  if (file.startsWith('server/src/db/')) return 'db';
  if (file.startsWith('server/src/')) return 'server';
  if (file.startsWith('graph-seed/src/')) return 'graph-seed';
  if (file.startsWith('web/src/')) return 'web';
  return undefined;
};

/** Which rooms each room may import from (its own room always). */
const allowed: Record<Room, readonly Room[]> = {
  model: [],
  db: ['model', 'server'],
  server: ['model', 'db'],
  'graph-seed': ['model', 'db'],
  web: ['model'],
  cli: ['model', 'db', 'server', 'graph-seed', 'web'],
};

/** Packages the shared model must not know: it is pure TypeScript, with no database, UI or runtime of its own. */
const foreignToModel = /^(neo4j-driver|react|react-dom|graphql|graphql-yoga|@pothos\/|node:|sirv|vite)/;

/** Data files the rooms share beside the model. */
const sharedData = (target: string) => /^schema\/[^/]+\.json$/.test(target);

interface ImportEdge {
  from: string;
  specifier: string;
  /** The repository path a relative specifier resolves to; undefined for a package. */
  target?: string;
}

function importsOf(file: string, source: string): ImportEdge[] {
  const specifiers = [
    ...source.matchAll(
      /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?from\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  return specifiers.map((specifier) => ({
    from: file,
    specifier,
    ...(specifier.startsWith('.') && { target: path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)) }),
  }));
}

/** Every import that crosses into a room it may not use, as readable lines. */
function violations(edges: readonly ImportEdge[]): string[] {
  const found: string[] = [];
  for (const edge of edges) {
    const from = roomOf(edge.from);
    if (!from) continue;
    if (!edge.target) {
      if (from === 'model' && foreignToModel.test(edge.specifier))
        found.push(`${edge.from} imports the package ${edge.specifier}, which the shared model must not know`);
      continue;
    }
    if (sharedData(edge.target)) continue;
    const to = roomOf(edge.target);
    if (to === from || (to && allowed[from].includes(to))) continue;
    found.push(`${edge.from} imports ${edge.target}, but ${from} may only import ${[from, ...allowed[from]].join(', ')}`);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs|css)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => !f.includes('/node_modules/') && !f.includes('/dist/'));
}

const rooms = ['schema/model', 'server/src', 'graph-seed/src', 'web/src'];
const read = (file: string) => readFileSync(path.join(repoRoot, file), 'utf8');

describe('the dependency direction', () => {
  const files = rooms.flatMap(sourceFiles).filter((f) => !f.endsWith('.css'));

  it('finds the source of every room', () => {
    for (const room of rooms) expect(files.filter((f) => f.startsWith(`${room}/`)).length, room).toBeGreaterThan(2);
  });

  it('has no import against the one-way picture', () => {
    expect(violations(files.flatMap((f) => importsOf(f, read(f))))).toEqual([]);
  });

  it('reports the imports it forbids', () => {
    const edges = [
      ...importsOf('server/src/app.ts', "import { isSeeded } from '../../graph-seed/src/load.ts';"),
      ...importsOf('server/src/layout/force-layout.ts', "import { nodeSize } from '../../../web/src/graph/elements.ts';"),
      ...importsOf('graph-seed/src/cli.ts', "import { loadConfig } from '../../server/src/config.ts';"),
      ...importsOf('schema/model/drawing.ts', "import type { Db } from '../../server/src/db/driver.ts';"),
      ...importsOf('schema/model/names.ts', "import neo4j from 'neo4j-driver';"),
      ...importsOf('web/src/App.tsx', "const x = await import('../../server/src/config.ts');"),
    ];
    expect(violations(edges)).toHaveLength(edges.length);
  });

  it('lets the command-line entry points and the seed loader use what they put together', () => {
    const edges = [
      ...importsOf('server/src/cli/start.ts', "import { seedIfChanged } from '../../../graph-seed/src/seed.ts';"),
      ...importsOf('graph-seed/src/load.ts', "import type { Db } from '../../server/src/db/driver.ts';"),
      ...importsOf('web/src/graph/elements.ts', "import { nodeSize } from '../../../schema/model/drawing.ts';"),
      ...importsOf('schema/model/vocabulary.ts', "import vocabulary from '../relation-types.json' with { type: 'json' };"),
    ];
    expect(violations(edges)).toEqual([]);
  });
});

describe('file size', () => {
  /** A file past this is doing several jobs; split it by feature. */
  const maxLines = 300;

  it(`keeps every source and test file under ${maxLines} lines`, () => {
    const files = [...rooms, 'tests'].flatMap(sourceFiles).filter((f) => !f.startsWith('tests/artifacts/'));
    const long = files.map((f) => ({ f, lines: read(f).split('\n').length })).filter(({ lines }) => lines > maxLines);
    expect(long.map(({ f, lines }) => `${f}: ${lines} lines`)).toEqual([]);
  });
});
