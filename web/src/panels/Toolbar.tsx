import type { RefObject } from 'react';
import { type LayoutName, layoutLabels, layoutNames } from '../../../schema/model/drawing.ts';
import type { GraphCanvasHandle } from '../canvas/GraphCanvas.tsx';
import { download } from './download.ts';

export interface ToolbarProps {
  canvas: RefObject<GraphCanvasHandle | null>;
  layout: LayoutName;
  onLayout: (layout: LayoutName) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  hiddenCount: number;
  onShowHidden: () => void;
  /** Canvas background, so the exported PNG looks like the screen. */
  background: string;
}

/** Layout, viewport, history and export controls above the canvas. */
export function Toolbar({ canvas, layout, onLayout, canUndo, canRedo, onUndo, onRedo, hiddenCount, onShowHidden, background }: ToolbarProps) {
  const stamp = () => new Date().toISOString().slice(0, 19).replaceAll(':', '-');
  return (
    <div id="canvas-toolbar" className="toolbar" role="toolbar" aria-label="Canvas">
      <label className="layout-select">
        <span className="visually-hidden">Layout</span>
        <select aria-label="Layout" value={layout} onChange={(event) => onLayout(event.target.value as LayoutName)}>
          {layoutNames.map((name) => (
            <option key={name} value={name}>
              {layoutLabels[name]} layout
            </option>
          ))}
        </select>
      </label>
      <button type="button" title="Re-run the layout" onClick={() => canvas.current?.relayout()}>
        Re-run
      </button>
      <span className="group">
        <button type="button" title="Fit the graph to the screen" onClick={() => canvas.current?.fit()}>
          Fit
        </button>
        <button type="button" aria-label="Zoom in" title="Zoom in" onClick={() => canvas.current?.zoomBy(1.4)}>
          +
        </button>
        <button type="button" aria-label="Zoom out" title="Zoom out" onClick={() => canvas.current?.zoomBy(1 / 1.4)}>
          −
        </button>
      </span>
      <span className="group">
        {/* aria-disabled rather than disabled: a disabled button drops keyboard focus to the page, right after the undo that disabled it. */}
        <button type="button" title="Undo (Ctrl+Z)" aria-disabled={!canUndo} onClick={() => canUndo && onUndo()}>
          Undo
        </button>
        <button type="button" title="Redo (Ctrl+Shift+Z)" aria-disabled={!canRedo} onClick={() => canRedo && onRedo()}>
          Redo
        </button>
      </span>
      {hiddenCount > 0 && (
        <button type="button" onClick={onShowHidden}>
          Show {hiddenCount} hidden
        </button>
      )}
      <span className="group">
        <button
          type="button"
          title="Save the view as a PNG image"
          onClick={() => canvas.current && download(`techgraph-${stamp()}.png`, canvas.current.exportPng(background))}
        >
          PNG
        </button>
        <button
          type="button"
          title="Save the drawn nodes and relations as JSON"
          onClick={() => canvas.current && download(`techgraph-${stamp()}.json`, JSON.stringify(canvas.current.exportJson(), null, 2), 'application/json')}
        >
          JSON
        </button>
      </span>
    </div>
  );
}
