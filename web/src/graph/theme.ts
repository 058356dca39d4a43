export type Theme = 'light' | 'dark';

/** Canvas colours per theme; the CSS custom properties in styles/theme-and-frame.css use the same values. */
export const canvasColors = {
  light: { background: '#fbfcfe', text: '#1d2433', textOutline: '#ffffff', edge: '#9aa3b5', dim: 0.12, focus: '#d9480f', path: '#d9480f', neutral: '#8d96a8' },
  dark: { background: '#12151c', text: '#e8ecf4', textOutline: '#141821', edge: '#5c6678', dim: 0.12, focus: '#ffa94d', path: '#ffa94d', neutral: '#6f7a8f' },
} as const satisfies Record<Theme, Record<string, string | number>>;
