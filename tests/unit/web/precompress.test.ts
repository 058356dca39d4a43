import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../../web/precompress.ts';

type Hook = (...args: unknown[]) => unknown;

let tmp = '';
afterEach(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('the precompress build plugin', () => {
  it('compresses the folder the build wrote, wherever the caller put it, and nothing else', async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'techgraph-precompress-'));
    const root = path.join(tmp, 'root');
    const out = path.join(tmp, 'elsewhere');
    await mkdir(path.join(out, 'assets'), { recursive: true });
    await mkdir(root);
    await writeFile(path.join(out, 'assets', 'app.js'), 'console.log("techgraph");\n'.repeat(100));
    await writeFile(path.join(out, 'tiny.css'), 'a{}');
    await writeFile(path.join(out, 'logo.png'), Buffer.alloc(4_096));

    const plugin = precompress();
    (plugin.configResolved as Hook)({ root, build: { outDir: out } });
    await (plugin.closeBundle as Hook)();

    expect((await readdir(out, { recursive: true })).sort()).toEqual(
      ['assets', 'assets/app.js', 'assets/app.js.br', 'assets/app.js.gz', 'logo.png', 'tiny.css'].sort(),
    );
    expect(await readdir(root)).toEqual([]);
  });
});
