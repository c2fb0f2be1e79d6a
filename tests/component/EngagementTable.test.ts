import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { NO_FILTERS, filterDataset, indexDataset } from '../../src/lib/data/query';
import { FilterState } from '../../src/lib/state/filters.svelte';
import EngagementTable from '../../src/views/EngagementTable/EngagementTable.svelte';
import { querySmall } from '../fixtures/querySmall';
import EngagementTableWithFilters from './EngagementTableWithFilters.svelte';

const index = indexDataset(querySmall());
const everything = filterDataset(index, NO_FILTERS);

function renderAll() {
  return render(EngagementTable, { props: { index, filtered: everything, filterState: new FilterState() } });
}

/** The body rows of the table, without the header row. */
function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  const [, body] = within(table).getAllByRole('rowgroup');
  if (!body) throw new Error('the table has no body');
  return within(body).getAllByRole('row');
}

/** The text of one column, top to bottom. Columns: When, Type, Who, What, Value, Source. */
function column(n: number): string[] {
  return bodyRows().map((row) => within(row).getAllByRole('cell')[n]?.textContent?.trim() ?? '');
}
const WHO = 2;

describe('EngagementTable', () => {
  it('is a figure named by its caption, with the counts', () => {
    renderAll();
    const figure = screen.getByRole('figure', { name: /^Engagements/ });
    expect(figure).toHaveAccessibleName(/6 engagements and 5 deals, each with its source/);
  });

  it('shows one row per engagement and per deal, with what a reader needs', () => {
    renderAll();
    expect(bodyRows()).toHaveLength(11);
    const row = screen.getByRole('row', { name: /Talks with the United States on trade/ });
    const cells = within(row).getAllByRole('cell').map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(cells.slice(0, 5)).toEqual(['78th · 2023 19 September 2023', 'bilateral', 'Pat President (United States); Sam Envoy (United States)', 'Talks with the United States on trade', '—']);
    const deal = screen.getByRole('row', { name: /Wind farm project/ });
    expect(within(deal).getByText('undisclosed')).toBeInTheDocument();
    expect(within(screen.getByRole('row', { name: /Investments since 2000/ })).getByText('over $5B')).toBeInTheDocument();
  });

  it('starts sorted by date, and sorts by "Who" when its header is clicked, then reverses', async () => {
    const user = userEvent.setup();
    renderAll();
    const whoHeader = screen.getByRole('columnheader', { name: 'Who' });
    const whenHeader = screen.getByRole('columnheader', { name: 'When' });
    expect(whenHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(whoHeader).toHaveAttribute('aria-sort', 'none');
    expect(column(WHO)[0]).toBe('Rafael Rail (Acme Rail)');

    await user.click(within(whoHeader).getByRole('button', { name: 'Who' }));
    expect(whoHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(whenHeader).toHaveAttribute('aria-sort', 'none');
    const ascending = column(WHO);
    expect(ascending[0]).toBe('Acme Rail');
    expect(ascending.slice(0, 4)).toEqual(['Acme Rail', 'Acme Rail', 'Ana Chief (United Nations); Asia Forum', 'Claire Ministre (France)']);
    expect(screen.getByRole('table')).toHaveAccessibleName('Engagements and deals, sorted by who (ascending)');

    await user.click(screen.getByRole('button', { name: 'Who' }));
    expect(whoHeader).toHaveAttribute('aria-sort', 'descending');
    expect(column(WHO)).toEqual([...ascending].reverse());
  });

  it('sorts "Value" largest first on the first click, undisclosed last', async () => {
    const user = userEvent.setup();
    renderAll();
    await user.click(screen.getByRole('button', { name: 'Value' }));
    expect(screen.getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
    const values = bodyRows().map((row) => within(row).getAllByRole('cell')[4]?.textContent?.trim());
    expect(values.slice(0, 5)).toEqual(['over $5B', 'about $1B', 'up to $300M', '$250M', '—']);
    expect(values).toContain('undisclosed');
  });

  it('links each publisher to its source, and names an unlinked one in plain text', () => {
    renderAll();
    const links = screen.getAllByRole('link', { name: 'Example Wire' });
    // e-usa, e-acme, e-speech, d-acme-plan and d-zeta cite the wire.
    expect(links).toHaveLength(5);
    for (const link of links) expect(link).toHaveAttribute('href', 'https://example.org/wire/leader-2023');
    expect(screen.queryByRole('link', { name: 'Sample Gazette' })).toBeNull();
    expect(screen.getAllByText('Sample Gazette')).toHaveLength(6);
  });

  it('shows the quote only after "Quote" is opened', async () => {
    const user = userEvent.setup();
    renderAll();
    const row = screen.getByRole('row', { name: /Talks with the United States on trade/ });
    const quote = within(row).getByText('“The two presidents discussed trade.”');
    expect(quote).not.toBeVisible();
    await user.click(within(row).getByText('Quote'));
    expect(quote).toBeVisible();
  });

  it('says so when the filters leave nothing, and "Clear filters" brings every row back', async () => {
    const user = userEvent.setup();
    const filterState = new FilterState({ years: [2025] });
    render(EngagementTableWithFilters, { props: { index, filterState } });
    expect(screen.getByRole('figure', { name: /^Engagements/ })).toHaveAccessibleName(/0 engagements and 0 deals/);
    expect(screen.getByRole('status')).toHaveTextContent('No engagements or deals match these filters.');
    expect(screen.queryByRole('table')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(filterState.active).toBe(false);
    expect(screen.queryByRole('status')).toBeNull();
    expect(bodyRows()).toHaveLength(11);
  });

  it('offers no "Clear filters" when no filter is on', () => {
    render(EngagementTable, { props: { index, filtered: { engagements: [], deals: [] }, filterState: new FilterState() } });
    expect(screen.getByRole('status')).toHaveTextContent('No engagements or deals match these filters.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('follows new filtered data', () => {
    const filterState = new FilterState();
    render(EngagementTableWithFilters, { props: { index, filterState } });
    expect(bodyRows()).toHaveLength(11);
    filterState.toggleYear(2023);
    flushSync();
    expect(bodyRows()).toHaveLength(5);
    expect(screen.getByRole('figure', { name: /^Engagements/ })).toHaveAccessibleName(/3 engagements and 2 deals/);
  });
});
