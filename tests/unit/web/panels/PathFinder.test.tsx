// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { PathAnswer } from '../../../../web/src/api/load-paths.ts';
import type { AsyncResult } from '../../../../web/src/api/use-async.ts';
import { PathFinder, type PathFinderProps } from '../../../../web/src/panels/PathFinder.tsx';

const spark = { id: 'apache-spark', name: 'Apache Spark' };
const hdfs = { id: 'hdfs', name: 'HDFS' };
const answered: PathAnswer = {
  paths: [],
  message: 'Found 2 paths, best first.',
  summary: 'Apache Spark relates to HDFS in two ways.',
  others: [],
  from: spark,
  to: hdfs,
  suggestions: [],
};

function renderWith(answer: AsyncResult<PathAnswer>) {
  const noop = () => {};
  const props: PathFinderProps = {
    query: { kind: 'between', from: spark.id, to: hdfs.id },
    pathTypes: [],
    pathIndex: 0,
    avoidHubs: true,
    excluded: [],
    answer,
    relationTypes: [],
    startId: null,
    startName: null,
    onSubmit: noop,
    onTypes: noop,
    onAvoidHubs: noop,
    onExclude: noop,
    onIndex: noop,
    onClear: noop,
    onFocus: noop,
  };
  render(<PathFinder {...props} />);
}

const results = () => document.querySelector('.path-results');

afterEach(cleanup);

describe('PathFinder', () => {
  it('keeps the last answer on screen, dimmed and busy, while a changed search loads', () => {
    renderWith({ status: 'loading', data: answered, retry: () => {} });
    expect(screen.getByRole('status').textContent).toContain('Looking for paths…');
    expect(results()?.textContent).toContain('Apache Spark relates to HDFS in two ways.');
    expect(results()?.getAttribute('aria-busy')).toBe('true');
    expect(results()?.classList.contains('stale')).toBe(true);
  });

  it('shows a fresh answer as settled', () => {
    renderWith({ status: 'success', data: answered, retry: () => {} });
    expect(results()?.getAttribute('aria-busy')).toBe('false');
    expect(results()?.classList.contains('stale')).toBe(false);
  });

  it('shows only the loading line when there is no earlier answer', () => {
    renderWith({ status: 'loading', retry: () => {} });
    expect(screen.getByRole('status').textContent).toContain('Looking for paths…');
    expect(results()).toBeNull();
  });
});
