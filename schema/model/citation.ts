/** Where a relation or a remark comes from, ready to show: a titled link, or the curators' own note. */
export type Citation = { kind: 'link'; title: string; url: string } | { kind: 'curated'; title: string; url: null };

/** The text shown for relations the curators wrote from their own knowledge, with no page to cite. */
export const curatedNoteTitle = 'Curated note (no external page)';

const titled = /^(.+?)\s*<(https?:\/\/[^\s<>]+)>$/;
const bare = /^https?:\/\/\S+$/;

/**
 * Reads a source as the data stores it: `Title <https://…>`, a bare URL, or `seed-notes`. This is
 * the only place the app takes that text apart, so every panel, tooltip and export links alike.
 * Anything else is shown as text and never becomes a link, since a relative href would point into the app.
 */
export function parseCitation(source: string | null | undefined): Citation {
  const text = (source ?? '').trim();
  const match = titled.exec(text);
  if (match?.[1] && match[2]) return { kind: 'link', title: match[1], url: match[2] };
  if (bare.test(text)) return { kind: 'link', title: text.replace(/^https?:\/\//, ''), url: text };
  return { kind: 'curated', title: text === '' || text === 'seed-notes' ? curatedNoteTitle : text, url: null };
}
