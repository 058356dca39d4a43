import { useEffect, useState } from 'react';
import type { Theme } from '../graph/theme.ts';

const query = '(prefers-color-scheme: dark)';

/** The system's colour scheme, followed live. */
export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(() => (window.matchMedia?.(query).matches ? 'dark' : 'light'));
  useEffect(() => {
    const media = window.matchMedia?.(query);
    if (!media) return;
    const onChange = () => setTheme(media.matches ? 'dark' : 'light');
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  return theme;
}
