import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../server/src/config.ts';

/** One line of the table: a figure, what it is compared with, and whether its target holds. */
export interface Row {
  item: string;
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  target: string;
  /** null where the figure has no target. */
  met: boolean | null;
}

export interface Results {
  startedAt: string;
  durationSeconds: number;
  quick: boolean;
  machine: { cpus: string; cores: number; memoryGb: number; loadAverage: number[]; node: string; platform: string };
  rows: Row[];
  notes: string[];
  raw: Record<string, unknown>;
}

export const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
export const fixed = (v: number, digits = 2) => (Number.isFinite(v) ? v.toFixed(digits) : 'n/a');
export const lat = (s: { p50: number; p95: number; p99: number }) => `p50 ${fixed(s.p50, 1)} / p95 ${fixed(s.p95, 1)} / p99 ${fixed(s.p99, 1)} ms`;

export function machine(): Results['machine'] {
  const cpus = os.cpus();
  return {
    cpus: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
  };
}

const verdict = (met: boolean | null) => (met === null ? '–' : met ? 'met' : 'MISSED');

export function printTable(rows: Row[]): void {
  const cols = ['item', 'figure', 'value', 'baseline', 'ratio', 'target', 'met'] as const;
  const cells = rows.map((r) => cols.map((c) => (c === 'met' ? verdict(r.met) : r[c])));
  const widths = cols.map((c, i) => Math.min(60, Math.max(c.length, ...cells.map((row) => String(row[i]).length))));
  const line = (values: string[]) => values.map((v, i) => String(v).padEnd(widths[i] ?? 0)).join(' │ ');
  console.log(line([...cols]));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const row of cells) console.log(line(row.map(String)));
}

export function markdown(results: Results): string {
  const m = results.machine;
  const cell = (s: string) => s.replaceAll('|', '\\|');
  return [
    `Run ${results.startedAt}, ${Math.round(results.durationSeconds)} s${results.quick ? ' (--quick)' : ''}, on ${m.cores} × ${m.cpus}, ${m.memoryGb} GB, ${m.platform}, Node ${m.node}; load average at the end ${m.loadAverage.join(' / ')}.`,
    '',
    '| item | figure | value | baseline | ratio | target | met |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...results.rows.map((r) => `| ${[r.item, r.figure, r.value, r.baseline, r.ratio, r.target, verdict(r.met)].map(cell).join(' | ')} |`),
    '',
    ...(results.notes.length ? ['Notes:', '', ...results.notes.map((n) => `- ${n}`), ''] : []),
  ].join('\n');
}

/** Writes bench-results/latest.json and latest.md (the folder is gitignored; the README quotes the table). */
export async function writeResults(results: Results): Promise<string> {
  const dir = path.join(repoRoot, 'bench-results');
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(path.join(dir, 'latest.md'), markdown(results));
  return dir;
}
