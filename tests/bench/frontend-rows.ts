import { edgeLabelsOnDemand } from '../../web/src/graph/stylesheet.ts';
import type { FrontendResult, RendererRun } from './frontend.ts';
import { fixed, lat, type Row } from './report.ts';
import { ratio } from './stats.ts';

/** "data 900 ms, elements 1,300 ms, …": when the app's marks were reached, in navigation order. */
function navigationStages(stages: Record<string, number>): string {
  const names: Array<[string, string]> = [
    ['base-graph-data', 'data in'],
    ['sync-end', 'elements added'],
    ['layout-end', 'laid out'],
  ];
  return names
    .filter(([mark]) => stages[mark] !== undefined)
    .map(([mark, label]) => `${label} ${fixed(stages[mark] as number, 0)} ms`)
    .join(', ');
}

/** The performance table's front-end rows. */
export function frontendRows(r: FrontendResult): Row[] {
  const rows: Row[] = [
    {
      item: '5 front end',
      figure: `navigation to the first drawn graph, the default first view (overview of ${r.navigation.nodes} nodes, n=${r.navigation.n} after one not counted, fresh context each; p50 of each stage: ${navigationStages(r.navigation.stages)})`,
      value: lat(r.navigation),
      baseline: `DOMContentLoaded ${lat(r.navigation.domContentLoaded)}`,
      ratio: `${fixed(ratio(r.navigation.p50, r.navigation.domContentLoaded.p50))}× DOMContentLoaded`,
      target: 'p50 < 1500 ms',
      met: r.navigation.p50 < 1500,
    },
    {
      item: '5 front end',
      figure: `navigation to the whole curated graph drawn, ?scene=all (${r.navigationAll.nodes} nodes, n=${r.navigationAll.n} after one not counted, fresh context each; p50 of each stage: ${navigationStages(r.navigationAll.stages)})`,
      value: lat(r.navigationAll),
      baseline: `the first view (overview) p50 ${fixed(r.navigation.p50, 0)} ms`,
      ratio: `${fixed(ratio(r.navigationAll.p50, r.navigation.p50))}× the first view`,
      target: '– (report)',
      met: null,
    },
    {
      item: '5 front end',
      figure: `initial JS gzipped (${r.initialJs.files.length} files index.html loads)`,
      value: `${fixed(r.initialJs.gzipKb, 1)} KB`,
      baseline: `${fixed(r.initialJs.lazyGzipKb, 1)} KB in lazy chunks`,
      ratio: `${fixed(r.initialJs.gzipKb / 250)}× budget`,
      target: '< 250 KB',
      met: r.initialJs.gzipKb < 250,
    },
  ];
  for (const s of r.sizes) {
    rows.push({
      item: '5 front end',
      figure: `force layout the app runs for ${s.nodes} nodes / ${s.edges} edges (fcose quality ${s.layout.quality})`,
      value: `${fixed(s.layout.ms, 0)} ms`,
      baseline:
        s.fullLayoutMs === null
          ? "full fcose (the app's small-graph layout): not run, minutes here"
          : `full fcose (the app's small-graph layout) ${fixed(s.fullLayoutMs, 0)} ms`,
      ratio: s.fullLayoutMs === null ? '–' : `${fixed(ratio(s.layout.ms, s.fullLayoutMs))}× full`,
      target: '– (report)',
      met: null,
    });
    const app = s.runs.find((x) => x.setup === 'canvas-app');
    const defaults = s.runs.find((x) => x.setup === 'canvas-defaults');
    const webgl = s.runs.find((x) => x.setup === 'webgl');
    if (!app || !defaults || !webgl) continue;
    const fps = (run: RendererRun) => `${fixed(run.fpsAtP95, 1)} fps at p95`;
    const options = Object.entries(app.options)
      .filter(([key, value]) => value !== defaults.options[key as keyof RendererRun['options']])
      .map(([key, value]) => `${key} ${value}`)
      .join(', ');
    rows.push({
      item: '5 front end',
      figure: `pan/zoom frame time (wheel + drag), ${s.nodes} nodes, canvas as the app sets it (${options || "Cytoscape's defaults"}${edgeLabelsOnDemand(s.nodes + s.edges) ? '; edge labels on hover only' : ''}; n=${app.frames.n} frames; first draw ${fixed(app.firstDrawMs, 0)} ms; full redraw after each gesture p50 ${fixed(app.settleMs, 0)} ms)`,
      value: `${lat(app.frames)} (${fps(app)})`,
      baseline: `canvas, Cytoscape's defaults, every edge label: ${lat(defaults.frames)} (${fps(defaults)}; n=${defaults.frames.n})`,
      ratio: `${fixed(ratio(app.frames.p95, defaults.frames.p95))}× at p95`,
      target: s.nodes >= 5000 ? '≥ 15 fps at p95' : '– (report)',
      met: s.nodes >= 5000 ? app.fpsAtP95 >= 15 : null,
    });
    rows.push({
      item: '5 front end',
      figure: `pan/zoom frame time (wheel + drag), ${s.nodes} nodes, WebGL renderer (n=${webgl.frames.n} frames; first draw ${fixed(webgl.firstDrawMs, 0)} ms)`,
      value: `${lat(webgl.frames)} (${fps(webgl)})`,
      baseline: `canvas as the app sets it: ${fps(app)}; first draw ${fixed(app.firstDrawMs, 0)} ms`,
      ratio: `${fixed(ratio(webgl.frames.p95, app.frames.p95))}× at p95`,
      target: '– (the app turns WebGL on only where it wins)',
      met: null,
    });
  }
  return rows;
}
