import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/** Runs `.ci/summary` on a log, as `.ci/run` does on the saved `npm test` output. */
const summarise = (log: string) => execFileSync('bash', ['.ci/summary'], { input: log, encoding: 'utf8' }).trim();

const colouredTotal =
  ' \u001b[2m      Tests \u001b[22m \u001b[1m\u001b[31m2 failed\u001b[39m\u001b[22m | \u001b[1m\u001b[32m841 passed\u001b[39m\u001b[22m (843)\n';

describe("CI's closing line", () => {
  it("reads Vitest's coloured total", () => {
    expect(summarise(`some output\n${colouredTotal}`)).toBe('841 passed, 2 failed');
  });

  it('still reads it when a test printed a NUL byte earlier in the log', () => {
    expect(summarise(`ERR No node has the id "\u0000"\n${colouredTotal}`)).toBe('841 passed, 2 failed');
  });

  it('says 0 passed when the log holds no total, so a run that tested nothing cannot pass for one that did', () => {
    expect(summarise('npm ERR! missing script: test\n')).toBe('0 passed, 0 failed');
  });
});
