import { describe, expect, it } from 'vitest';
import { curatedNoteTitle, parseCitation } from '../../../schema/model/citation.ts';

describe('parseCitation', () => {
  it('splits "Title <url>" into a title and an absolute URL', () => {
    expect(parseCitation('Apache Spark FAQ <https://spark.apache.org/faq.html>')).toEqual({
      kind: 'link',
      title: 'Apache Spark FAQ',
      url: 'https://spark.apache.org/faq.html',
    });
  });

  it('links a bare URL and names it by its host and path', () => {
    expect(parseCitation('https://example.org/a')).toEqual({ kind: 'link', title: 'example.org/a', url: 'https://example.org/a' });
  });

  it('reads seed-notes as a curated note without a link', () => {
    expect(parseCitation('seed-notes')).toEqual({ kind: 'curated', title: curatedNoteTitle, url: null });
  });

  it('never turns text without an http(s) address into a link', () => {
    expect(parseCitation('Some book <ftp://x>').url).toBeNull();
    expect(parseCitation('javascript:alert(1)').url).toBeNull();
    expect(parseCitation(undefined).url).toBeNull();
  });
});
