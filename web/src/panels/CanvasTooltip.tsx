import type { CanvasPoint } from '../canvas/events.ts';

export interface TooltipContent {
  title: string;
  lines: string[];
}

/** A small card beside the pointer; it never takes clicks, so the canvas under it stays usable. */
export function CanvasTooltip({ content, at }: { content: TooltipContent; at: CanvasPoint }) {
  return (
    <div className="canvas-tooltip" role="tooltip" style={{ left: at.x + 14, top: at.y + 14 }}>
      <strong>{content.title}</strong>
      {content.lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
    </div>
  );
}
