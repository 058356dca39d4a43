import { parseCitation } from '../../../schema/model/citation.ts';

/** A source as a link that opens the cited page, or as plain text for the curators' own notes. */
export function CitationLink({ source, prefix = 'Source: ' }: { source: string; prefix?: string }) {
  const citation = parseCitation(source);
  return (
    <span className="citation">
      {prefix}
      {citation.url ? (
        <a href={citation.url} target="_blank" rel="noreferrer noopener">
          {citation.title}
        </a>
      ) : (
        <span className="muted">{citation.title}</span>
      )}
    </span>
  );
}
