import { useEffect } from 'react';
import '../styles/year-slider.css';

export interface YearSliderProps {
  min: number;
  max: number;
  /** null: no cut-off, everything is shown. */
  year: number | null;
  playing: boolean;
  onYear: (year: number | null) => void;
  onPlaying: (playing: boolean) => void;
  /** Milliseconds per year while playing. @default 700 */
  stepMs?: number;
}

/** Drag to a year to see the field as it was then; play walks the years forward and stops at the last. */
export function YearSlider({ min, max, year, playing, onYear, onPlaying, stepMs = 700 }: YearSliderProps) {
  const shown = year ?? max;
  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (shown >= max) onPlaying(false);
      else onYear(shown + 1);
    }, stepMs);
    return () => window.clearTimeout(timer);
  }, [playing, shown, max, stepMs, onYear, onPlaying]);

  return (
    <div id="year-slider" className="year-slider">
      <button
        type="button"
        className="small"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && shown >= max) onYear(min);
          onPlaying(!playing);
        }}
      >
        {playing ? 'Pause' : 'Play'}
      </button>
      <label>
        Released by <output>{shown}</output>
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={shown}
          aria-label="Release year"
          onChange={(e) => {
            onPlaying(false);
            onYear(Number(e.target.value));
          }}
        />
      </label>
      {year !== null && (
        <button
          type="button"
          className="small"
          onClick={() => {
            onPlaying(false);
            onYear(null);
          }}
        >
          All years
        </button>
      )}
    </div>
  );
}
