import { describe, expect, it } from 'vitest';
import { StatementLimiter, StatementQueueTimeout } from '../../../server/src/db/statement-limiter.ts';

/** A statement the test finishes by hand, recording when it started. */
function statement(log: string[], name: string) {
  let finish: (value: string) => void = () => {};
  const work = () => {
    log.push(`start ${name}`);
    return new Promise<string>((resolve) => {
      finish = resolve;
    });
  };
  return { work, finish: (value = name) => finish(value) };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('StatementLimiter', () => {
  it('runs at most its concurrency at once and the rest in the order they came', async () => {
    const log: string[] = [];
    const limiter = new StatementLimiter(2, 5_000);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((name) => statement(log, name));
    const answers = [a, b, c, d].map((s) => limiter.run(s!.work));
    await tick();
    expect(log).toEqual(['start a', 'start b']);
    expect(limiter.load).toEqual({ running: 2, waiting: 2 });
    b!.finish();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start c']);
    a!.finish();
    c!.finish();
    await tick();
    d!.finish();
    expect(await Promise.all(answers)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('tells a statement that waited past its bound to try again, and never runs it', async () => {
    const log: string[] = [];
    const limiter = new StatementLimiter(1, 30);
    const busy = statement(log, 'busy');
    const late = statement(log, 'late');
    const first = limiter.run(busy.work);
    const second = limiter.run(late.work);
    await expect(second).rejects.toBeInstanceOf(StatementQueueTimeout);
    busy.finish();
    expect(await first).toBe('busy');
    await tick();
    expect(log).toEqual(['start busy']);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it('lets a statement that has started run past the wait bound', async () => {
    const log: string[] = [];
    const limiter = new StatementLimiter(1, 20);
    const slow = statement(log, 'slow');
    const answer = limiter.run(slow.work);
    await new Promise((resolve) => setTimeout(resolve, 60));
    slow.finish();
    expect(await answer).toBe('slow');
  });
});
