// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { DatasetProblem, ProblemKind } from '../../src/lib/data/problems';
import type { LoadProgress } from '../../src/lib/data/datasetLoader';
import { fromQuery } from '../../src/lib/state/url';
import LoadingProgress from '../../src/shell/LoadingProgress.svelte';
import Notices from '../../src/shell/Notices.svelte';
import DatasetProblems from '../../src/shell/DatasetProblems.svelte';
import { english } from '../helpers';

const i18n = english();

describe('Notices', () => {
  const { notices } = fromQuery('?year=23&colour=red');

  it('words every notice about the address in the reader’s language', () => {
    expect(notices.length).toBe(2);
    render(Notices, { props: { notices, i18n } });
    const status = screen.getByRole('status', { name: 'Notes about the address' });
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(notices.map((n) => i18n.t(n.key, n.values)));
    expect(status).toHaveTextContent('Ignored year "23": write four-digit years');
  });

  it('can be dismissed', async () => {
    const user = userEvent.setup();
    render(Notices, { props: { notices, i18n } });
    await user.click(screen.getByRole('button', { name: 'Dismiss these notes' }));
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  });

  it('shows nothing without notices', () => {
    render(Notices, { props: { notices: [], i18n } });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });
});

describe('DatasetProblems', () => {
  const problems: DatasetProblem[] = [
    { path: 'deals[0].company', message: 'no actor has id "acme-rail": add it to actors[] or fix the id' },
    { path: 'sessions[1].year', message: 'UNGA session 79 opens in 2024, not 2023: fix the number or the year' },
  ];
  const show = (kind: ProblemKind | 'worker', list: DatasetProblem[], total = list.length, fallbackHref?: string) =>
    render(DatasetProblems, {
      props: { kind, problems: list, total, source: 'https://example.org/d.json', fallbackHref, i18n },
    });

  it('lists the problems of a dataset, each path as code, and how to check the fixed file', () => {
    show('dataset', problems);
    const alert = screen.getByRole('alert', { name: 'The dataset could not be shown' });
    expect(alert).toHaveTextContent('https://example.org/d.json');
    expect(alert).toHaveTextContent('The file does not follow the dataset format: 2 problems.');
    const items = within(alert).getAllByRole('listitem');
    expect(items.map((li) => li.querySelector('code')?.textContent)).toEqual(problems.map((p) => p.path));
    expect(items.map((li) => li.textContent?.replace(/\s+/g, ' '))).toEqual(
      problems.map((p) => `${p.path} ${p.message}`),
    );
    expect(alert).toHaveTextContent('npm run validate -- file.json');
    expect(alert).not.toHaveTextContent('…and');
    expect(within(alert).queryByRole('link')).toBeNull();
  });

  it('says how many more there are than the ones listed', () => {
    show('dataset', problems, 305);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('305 problems');
    expect(within(alert).getAllByRole('listitem')).toHaveLength(2);
    expect(alert).toHaveTextContent('…and 303 more.');
  });

  const others: { kind: ProblemKind | 'worker'; says: RegExp[]; message: string }[] = [
    {
      kind: 'request',
      message: 'https://example.org/d.json answered HTTP 404: no file at that address: check the URL for typos.',
      says: [/could not be fetched/, /Check the address/, /CORS/, /copy the file next to the dashboard/],
    },
    {
      kind: 'limit',
      message:
        'https://example.org/d.json is too large (more than 128 MB; the dashboard reads at most 128 MB): split it by session or delegation into smaller files',
      says: [/larger than this page can hold/, /Split it into smaller files/],
    },
    {
      kind: 'json',
      message: 'd.json is not valid JSON (Unexpected token } in JSON at position 9)',
      says: [/not valid JSON/, /JSON linter/],
    },
    {
      kind: 'worker',
      message: 'the dataset could not be checked (the worker stopped)',
      says: [/could not be checked in this browser/, /another browser/],
    },
  ];
  it.each(others)('a $kind problem says why and what to try, not how to validate', ({ kind, message, says }) => {
    show(kind, [{ path: '(request)', message }]);
    const alert = screen.getByRole('alert', { name: 'The dataset could not be shown' });
    for (const s of says) expect(alert).toHaveTextContent(s);
    expect(alert).toHaveTextContent(message);
    expect(alert).not.toHaveTextContent(/npm run validate/);
    expect(alert).not.toHaveTextContent(/dataset format/);
  });

  it('links to the bundled dataset when there is one to fall back to', () => {
    show('request', [{ path: '(request)', message: 'could not fetch' }], 1, './');
    expect(screen.getByRole('link', { name: 'Show the bundled dataset instead' })).toHaveAttribute('href', './');
  });
});

describe('LoadingProgress', () => {
  const cases: { progress: LoadProgress | null; text: string; value: string | null; max: string | null }[] = [
    { progress: null, text: 'Loading the dataset…', value: null, max: null },
    { progress: { phase: 'fetch', done: 0, total: 0 }, text: 'Fetching the dataset…', value: null, max: null },
    {
      progress: { phase: 'fetch', done: 12_582_912, total: 0 },
      text: 'Downloading the dataset… 12 MB',
      value: null,
      max: null,
    },
    {
      progress: { phase: 'fetch', done: 3 << 20, total: 12 << 20 },
      text: 'Downloading the dataset… 25%',
      value: String(3 << 20),
      max: String(12 << 20),
    },
    { progress: { phase: 'parse', done: 0, total: 0 }, text: 'Reading the dataset…', value: null, max: null },
    {
      progress: { phase: 'check', done: 40_000, total: 100_000 },
      text: 'Checking 100,000 records… 40%',
      value: '40000',
      max: '100000',
    },
    {
      progress: { phase: 'check', done: 99_999, total: 100_000 },
      text: 'Checking 100,000 records… 99%',
      value: '99999',
      max: '100000',
    },
    { progress: { phase: 'index', done: 0, total: 1 }, text: 'Preparing the views…', value: null, max: null },
  ];
  it.each(cases)('$text', ({ progress, text, value, max }) => {
    render(LoadingProgress, { props: { progress, i18n } });
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent(text);
    const bar = screen.getByRole('progressbar', { name: text });
    expect(bar.getAttribute('value')).toBe(value);
    expect(bar.getAttribute('max')).toBe(max);
  });

  it('names a slow server and lets the reader keep waiting or stop', async () => {
    const calls: string[] = [];
    const { rerender } = render(LoadingProgress, {
      props: {
        progress: null,
        i18n,
        slow: null,
        onkeepwaiting: () => calls.push('wait'),
        onstop: () => calls.push('stop'),
      },
    });
    expect(screen.queryByRole('alert')).toBeNull();
    await rerender({
      progress: { phase: 'fetch', done: 0, total: 0 },
      i18n,
      slow: { host: 'data.example.org', seconds: 10 },
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'data.example.org has not sent the whole dataset after 10 seconds. It may be slow or not answering.',
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Keep waiting' }));
    await user.click(screen.getByRole('button', { name: 'Stop loading' }));
    expect(calls).toEqual(['wait', 'stop']);
  });
});
