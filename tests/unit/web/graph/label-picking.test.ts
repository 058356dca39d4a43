import { describe, expect, it } from 'vitest';
import { type LabelCandidate, maxLabelPx, minLabelPx, pickLabels } from '../../../../web/src/graph/label-picking.ts';

const candidate = (id: string, x: number, y: number, priority: number, fontPx = 12): LabelCandidate => ({ id, x, y, radius: 10, text: id, priority, fontPx });
const viewport = { width: 800, height: 600 };

describe('pickLabels', () => {
  it('keeps the higher-priority label when two would overlap, and both when they are apart', () => {
    const picked = pickLabels(
      [candidate('Amazon Web Services', 100, 100, 5), candidate('Microsoft Azure', 120, 104, 9), candidate('Far away', 500, 400, 1)],
      viewport,
    );
    expect(picked.map((p) => p.id)).toEqual(['Microsoft Azure', 'Far away']);
  });

  it('leaves out a label that would cover a more important node, but lets the label of a hub cross a leaf', () => {
    expect(pickLabels([candidate('leaf', 100, 100, 1), candidate('hub', 100, 128, 9)], viewport).map((p) => p.id)).toEqual(['hub']);
    expect(pickLabels([candidate('hub', 100, 100, 9), candidate('leaf', 100, 128, 1)], viewport).map((p) => p.id)).toEqual(['hub', 'leaf']);
  });

  it('draws labels at a readable size whatever the zoom, and skips nodes off screen', () => {
    const picked = pickLabels([candidate('tiny', 100, 100, 1, 3), candidate('huge', 400, 300, 1, 40), candidate('off', -200, 100, 9)], viewport);
    expect(picked).toEqual([
      { id: 'huge', fontPx: maxLabelPx },
      { id: 'tiny', fontPx: minLabelPx },
    ]);
  });
});
