import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/src/config.ts';

/*
 * Runs the real `schema:print` script in a child process rather than importing it: under Vitest our
 * sources and Pothos would load different builds of graphql (ESM vs CommonJS), which printSchema refuses.
 */
describe('the committed SDL', () => {
  it('matches the schema the code builds (run `npm run schema:print` after changing the schema)', async () => {
    const tsx = path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'server/src/cli/print-schema.ts', '--stdout'], { cwd: repoRoot });
    expect(readFileSync(path.join(repoRoot, 'schema/schema.graphql'), 'utf8')).toBe(stdout);
  });
});
