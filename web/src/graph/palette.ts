import type { Theme } from './theme.ts';

function hslToHex(h: number, s: number, l: number): string {
  const a = (s / 100) * Math.min(l / 100, 1 - l / 100);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    const value = l / 100 - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}

/**
 * One colour per category, stable for a given set of ids: hues step by the golden angle so
 * neighbours in the list stay far apart, and lightness alternates to separate the ~30 hues further.
 */
export function categoryPalette(categoryIds: readonly string[], theme: Theme): Map<string, string> {
  const sorted = [...new Set(categoryIds)].sort();
  const colours = new Map<string, string>();
  sorted.forEach((id, i) => {
    const hue = (i * 137.508 + 200) % 360;
    const lightness = theme === 'dark' ? [64, 52, 72][i % 3]! : [44, 56, 36][i % 3]!;
    const saturation = [72, 58, 80][i % 3]!;
    colours.set(id, hslToHex(hue, saturation, lightness));
  });
  return colours;
}
