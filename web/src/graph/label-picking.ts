/** A node whose label might be drawn, in screen pixels. */
export interface LabelCandidate {
  id: string;
  x: number;
  y: number;
  /** Half the node's drawn size. */
  radius: number;
  text: string;
  /** Higher goes first: focus and path before hubs, hubs before the rest. */
  priority: number;
  /** The label's preferred size on screen, before clamping to the readable range. */
  fontPx: number;
}

export interface PickedLabel {
  id: string;
  /** Size on screen to draw the label at. */
  fontPx: number;
}

/** Labels smaller than this on screen are not worth drawing; larger than the maximum, they crowd the view. */
export const minLabelPx = 11;
export const maxLabelPx = 16;
/** Candidates beyond this many (by priority) stay unlabelled: the rest would not fit anyway, and the check is quadratic. */
const maxCandidates = 400;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Room kept clear around each picked label. The box below is an estimate of where Cytoscape draws the
 * text; a few pixels either way made neighbouring labels touch, so picked labels keep this apart.
 */
const labelGap = 4;
const padded = (box: Box): Box => ({
  left: box.left - labelGap / 2,
  right: box.right + labelGap / 2,
  top: box.top - labelGap / 2,
  bottom: box.bottom + labelGap / 2,
});

/** Width of one line of text at a size on screen; the canvas measures with the real font. */
export type MeasureText = (line: string, fontPx: number) => number;

/** A fallback for tests and headless use: an average glyph is a little wider than half the size. */
export const averageGlyphs: MeasureText = (line, fontPx) => line.length * fontPx * 0.6;

/** The label's box below its node, as the stylesheet places it (valign bottom, 3 px margin), plus its outline. */
function labelBox(c: LabelCandidate, fontPx: number, measure: MeasureText): Box {
  const lines = c.text.split('\n');
  const width = Math.max(...lines.map((l) => measure(l, fontPx))) + 6;
  const top = c.y + c.radius + 2;
  return { left: c.x - width / 2, right: c.x + width / 2, top, bottom: top + lines.length * fontPx * 1.25 + 4 };
}

const bodyBox = (c: LabelCandidate): Box => ({ left: c.x - c.radius, right: c.x + c.radius, top: c.y - c.radius, bottom: c.y + c.radius });

/**
 * Which labels to draw so that none overlaps another label or a more important node: greedily by priority, each
 * at a readable size. What is left out shows on hover (the tooltip) or once the user zooms in.
 * Pure, so the choice is tested without a canvas.
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  viewport: { width: number; height: number },
  measure: MeasureText = averageGlyphs,
): PickedLabel[] {
  const onScreen = candidates
    .filter((c) => c.x + c.radius >= 0 && c.y + c.radius >= 0 && c.x - c.radius <= viewport.width && c.y - c.radius <= viewport.height)
    .sort((a, b) => b.priority - a.priority || a.id.localeCompare(b.id))
    .slice(0, maxCandidates);
  const bodies = onScreen.map(bodyBox);
  const taken: Box[] = [];
  const picked: PickedLabel[] = [];
  onScreen.forEach((candidate, index) => {
    const fontPx = Math.min(maxLabelPx, Math.max(minLabelPx, candidate.fontPx));
    const box = labelBox(candidate, fontPx, measure);
    if (taken.some((t) => overlaps(t, padded(box)))) return;
    // Only more important nodes keep their bodies clear: a hub's label may cross a leaf, never the other way round.
    if (bodies.some((b, i) => i < index && overlaps(b, box))) return;
    taken.push(padded(box));
    picked.push({ id: candidate.id, fontPx });
  });
  return picked;
}
