// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../../web/src/api/client.ts';
import { SearchBox, type SearchFunction } from '../../../../web/src/panels/SearchBox.tsx';

const hits = [
  { id: 'apache-spark', name: 'Apache Spark', kind: 'framework' },
  { id: 'spark-streaming', name: 'Spark Streaming', kind: 'library' },
  { id: 'spark-structured-streaming', name: 'Spark Structured Streaming', kind: 'library' },
];

const fakeSearch: SearchFunction = async (text) => hits.filter((h) => h.name.toLowerCase().includes(text.toLowerCase()));

async function typeInto(input: HTMLElement, text: string) {
  await act(async () => {
    fireEvent.change(input, { target: { value: text } });
  });
  // The box debounces; with debounceMs 0 one macrotask lets the search resolve.
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
  });
}

afterEach(cleanup);

describe('SearchBox', () => {
  it('lists hits as the user types, the first one active', async () => {
    render(<SearchBox label="Search" onChoose={() => {}} search={fakeSearch} debounceMs={0} />);
    const input = screen.getByRole('combobox', { name: 'Search' });
    await typeInto(input, 'spark');
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Apache Sparkframework', 'Spark Streaminglibrary', 'Spark Structured Streaminglibrary']);
    expect(options[0]?.getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]?.id);
  });

  it('marks a technology that is not active with its status and year, and an active one with nothing', async () => {
    const withStatus: SearchFunction = async () => [
      { id: 'spark-streaming', name: 'Spark Streaming', kind: 'library', status: 'DEPRECATED', statusSince: 2023 },
      { id: 'apache-spark', name: 'Apache Spark', kind: 'framework', status: 'ACTIVE', statusSince: null },
    ];
    render(<SearchBox label="Search" onChoose={() => {}} search={withStatus} debounceMs={0} />);
    await typeInto(screen.getByRole('combobox'), 'spark');
    const [deprecated, active] = screen.getAllByRole('option');
    expect(deprecated?.querySelector('.status-badge')?.textContent).toBe('deprecated 2023');
    expect(active?.querySelector('.status-badge')).toBeNull();
  });

  it('moves with the arrow keys, wraps around, and chooses with Enter', async () => {
    const onChoose = vi.fn();
    render(<SearchBox label="Search" onChoose={onChoose} search={fakeSearch} debounceMs={0} />);
    const input = screen.getByRole('combobox');
    await typeInto(input, 'spark');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[2]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(screen.getAllByRole('option')[0]?.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith(hits[2]);
    expect((input as HTMLInputElement).value).toBe('Spark Structured Streaming');
    expect(screen.queryByRole('listbox')).toBeNull();
  });

  it('closes the list with Escape without choosing', async () => {
    const onChoose = vi.fn();
    render(<SearchBox label="Search" onChoose={onChoose} search={fakeSearch} debounceMs={0} />);
    const input = screen.getByRole('combobox');
    await typeInto(input, 'spark');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByRole('listbox')).toBeNull();
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('focuses on "/" typed anywhere on the page, but not while typing in another field', async () => {
    render(
      <>
        <input aria-label="Other" />
        <SearchBox label="Search" onChoose={() => {}} search={fakeSearch} shortcut />
      </>,
    );
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
    const other = screen.getByRole('textbox', { name: 'Other' });
    other.focus();
    fireEvent.keyDown(other, { key: '/' });
    expect(document.activeElement).toBe(other);
  });

  it('says so when nothing matches', async () => {
    render(<SearchBox label="Search" onChoose={() => {}} search={fakeSearch} debounceMs={0} />);
    await typeInto(screen.getByRole('combobox'), 'zzz');
    expect(screen.getByText(/Nothing matches “zzz”/)).toBeTruthy();
  });

  it('shows the API error with a Retry that searches again', async () => {
    let fail = true;
    const flaky: SearchFunction = async (text, signal) => {
      // A static import: loading the module at the first search made this test race the machine's load.
      if (fail) throw new ApiError('The techgraph API does not answer; check that the server is running, then retry.', 'unreachable');
      return fakeSearch(text, signal);
    };
    render(<SearchBox label="Search" onChoose={() => {}} search={flaky} debounceMs={0} />);
    await typeInto(screen.getByRole('combobox'), 'spark');
    expect(screen.getByRole('alert').textContent).toContain('does not answer');
    fail = false;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });
});
