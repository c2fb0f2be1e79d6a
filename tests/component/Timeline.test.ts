import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, type DatasetIndex } from '../../src/lib/data/query';
import { FilterState } from '../../src/lib/state/filters.svelte';
import Timeline from '../../src/views/Timeline/Timeline.svelte';

const here = path.dirname(fileURLToPath(import.meta.url));

function fixture(): DatasetIndex {
  const result = parseDataset(JSON.parse(readFileSync(path.join(here, '../fixtures/timeline-small.json'), 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return indexDataset(result.data);
}

/** Renders the view as the App does, and re-renders it with fresh `filtered` after a filter change. */
function setup(initial?: ConstructorParameters<typeof FilterState>[0]) {
  const index = fixture();
  const filterState = new FilterState(initial);
  const view = render(Timeline, { index, filtered: filterDataset(index, filterState.filters), filterState });
  const refresh = () => view.rerender({ filtered: filterDataset(index, filterState.filters) });
  return { index, filterState, refresh, user: userEvent.setup() };
}

const figure = () => screen.getByRole('figure', { name: /^UNGA sessions/ });
const session = (ordinal: string, year: number) => screen.getByRole('button', { name: `${ordinal} session · ${year}` });
const marksOf = (ordinal: string) => within(screen.getByRole('group', { name: `${ordinal} session engagements` })).queryAllByRole('img');

describe('Timeline', () => {
  it('is a figure captioned "UNGA sessions" with a description computed from the data', () => {
    setup();
    expect(figure()).toHaveAccessibleDescription(
      '3 sessions with recorded visits between the 75th (2020) and 80th (2025); 3 sessions without a recorded visit. Most engagements: 78th session (7).',
    );
  });

  it('shows sessions without a record as "no recorded visit" cells, runs folded into one', () => {
    setup();
    const text = figure().textContent ?? '';
    expect(text).toMatch(/79th session · 2024: no recorded visit/);
    expect(text).toMatch(/76th–77th sessions · 2021–2022: no recorded visit/);
    expect(screen.queryByRole('button', { name: /79th/ })).toBeNull();
  });

  it.each([
    { ordinal: '75th', session: 75, count: 1 },
    { ordinal: '78th', session: 78, count: 7 },
    { ordinal: '80th', session: 80, count: 3 },
  ])('draws one named mark per filtered engagement of the $ordinal session', ({ ordinal, session, count }) => {
    const { index, filterState } = setup();
    const inSession = filterDataset(index, filterState.filters).engagements.filter((e) => e.session === session);
    expect(inSession).toHaveLength(count);
    const marks = marksOf(ordinal);
    expect(marks).toHaveLength(inSession.length);
    for (const m of marks) expect(m).toHaveAccessibleName(/.+, (\d+ \w+ \d{4}|\w+ \d{4} \(day not reported\)|date not reported)$/);
  });

  it('keeps the marks in step with other filters', async () => {
    const { index, filterState, refresh } = setup();
    filterState.toggleCountry('USA');
    refresh();
    const filtered = filterDataset(index, filterState.filters);
    for (const [ordinal, n] of [['75th', 75], ['78th', 78], ['80th', 80]] as const) {
      const count = filtered.engagements.filter((e) => e.session === n).length;
      expect(screen.queryByRole('group', { name: `${ordinal} session engagements` }) ? marksOf(ordinal).length : 0).toBe(count);
    }
    expect(marksOf('78th').map((m) => m.getAttribute('aria-label'))).toEqual([
      'Bilateral meeting with Rafael Santana (Wabtec), 17 September 2023',
      'Signing with Wabtec, Howard Lutnick (United States), 18 September 2023',
      'Roundtable with Rafael Santana (Wabtec), Jane Fraser (Citigroup), 18 September 2023',
      'Summit with Joe Biden (United States), date not reported',
    ]);
    expect(marksOf('80th')).toHaveLength(2);
  });

  it('clicking a session toggles its year; other sessions stay, dimmed and without marks', async () => {
    const { filterState, refresh, user } = setup();
    expect(session('78th', 2023)).toHaveAttribute('aria-pressed', 'false');
    await user.click(session('78th', 2023));
    expect(filterState.years).toEqual([2023]);
    refresh();
    expect(session('78th', 2023)).toHaveAttribute('aria-pressed', 'true');
    expect(session('80th', 2025)).toHaveAttribute('aria-pressed', 'false');
    expect(marksOf('78th')).toHaveLength(7);
    expect(screen.queryByRole('group', { name: '80th session engagements' })).toBeNull();
    await user.click(session('80th', 2025));
    expect(filterState.years).toEqual([2023, 2025]);
  });

  it('Enter and Space on a focused session toggle its year', async () => {
    const { filterState, user } = setup();
    session('80th', 2025).focus();
    await user.keyboard('{Enter}');
    expect(filterState.years).toEqual([2025]);
    await user.keyboard(' ');
    expect(filterState.years).toEqual([]);
  });

  it('Tab reaches a session’s marks as one stop; arrow keys move between them with a tooltip', async () => {
    const { user } = setup();
    session('78th', 2023).focus();
    await user.tab();
    const marks = marksOf('78th');
    expect(document.activeElement).toBe(marks[0]);
    expect(marks.filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(screen.getByRole('tooltip')).toHaveTextContent(/António Guterres \(United Nations\).*17 September 2023/);
    expect(marks[0]).toHaveAccessibleDescription(/Source: Test Agency/);
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(marks[1]);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Rafael Santana (Wabtec)');
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(marks.at(-1));
    await user.tab();
    expect(document.activeElement).toBe(session('80th', 2025));
  });

  it('hovering a mark shows who, what, when and the publisher; leaving hides it', async () => {
    const { user } = setup();
    const [first] = marksOf('80th');
    await user.hover(first!);
    const tip = screen.getByRole('tooltip');
    expect(tip).toHaveTextContent('Call');
    expect(tip).toHaveTextContent('Volodymyr Zelenskyy (Ukraine)');
    expect(tip).toHaveTextContent('23 September 2025');
    expect(tip).toHaveTextContent('Spoke with the President of Ukraine.');
    expect(tip).toHaveTextContent('Source: Test Daily');
    await user.unhover(first!);
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('shortens a long summary in the tooltip', async () => {
    const { user } = setup();
    await user.hover(screen.getByRole('img', { name: /^Bilateral meeting with Rafael Santana/ }));
    expect(screen.getByRole('tooltip').textContent).toMatch(/Met Wabtec's chief executive .*…/);
  });

  it('labels the speech, the summit and the deals with their value, and summarises each session', () => {
    setup();
    const text = figure().textContent ?? '';
    for (const label of ['General debate speech', 'C5+1 summit', 'Wabtec: about $1B', 'Wabtec: about $4.2B']) expect(text).toContain(label);
    expect(text).toContain('7 engagements');
    expect(text).toContain('about $1B disclosed (1 of 2 deals)');
  });

  it('has a legend for types (shape and colour) and counterpart kinds', () => {
    setup();
    const types = screen.getByRole('list', { name: 'Engagement' });
    expect(within(types).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      'Bilateral meeting',
      'Summit',
      'Signing',
      'Speech',
      'Call',
      'Roundtable',
    ]);
    expect(within(screen.getByRole('list', { name: 'Counterpart' })).getByText('company')).toBeInTheDocument();
  });

  it('shows an empty state when the filters leave no engagement, and can clear them', async () => {
    const { filterState, refresh, user } = setup({ years: [2023], countries: ['FRA'] });
    expect(screen.getByRole('status')).toHaveTextContent('No engagements match these filters');
    expect(screen.getByRole('status')).toHaveTextContent('select a dimmed session below to add its year');
    expect(session('75th', 2020)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(filterState.years).toEqual([]);
    expect(filterState.countries).toEqual([]);
    refresh();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
