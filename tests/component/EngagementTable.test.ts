// @vitest-environment jsdom
// The live Engagements table, as a reader finds it: by role and accessible name.
import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { synthDataset } from '../../scripts/synth/generate';
import EngagementTable from '../../src/views/EngagementTable/EngagementTable.svelte';
import { bundledDataset, fixture, indexOf, viewProps } from '../helpers';

const small = indexOf(fixture('query-small.json'));
const bundled = indexOf(bundledDataset());
const synth = indexOf(synthDataset({ engagements: 200, seed: 1 }));
const synthRows = synth.data.engagements.length + synth.data.deals.length;
const total = synthRows.toLocaleString('en-US');

/** The body rows of the table. */
function bodyRows(): HTMLElement[] {
  const [, body] = within(screen.getByRole('table')).getAllByRole('rowgroup');
  return within(body!).getAllByRole('row');
}

describe('EngagementTable', { timeout: 30_000 }, () => {
  it('is a figure named "Engagements", with what it counts and what it does not', () => {
    render(EngagementTable, { props: viewProps(bundled) });
    const figure = screen.getByRole('figure', { name: /^Engagements/ });
    expect(figure).toHaveAccessibleName(
      /^Engagements 22 engagements and 12 deals, each with its sources 2 planned records are listed but not counted\.$/,
    );
    expect(bodyRows()).toHaveLength(36);
    expect(screen.getByText('1–36 of 36')).toBeInTheDocument();
    expect(within(figure).getAllByText('planned')).toHaveLength(2);
  });

  it('shows each row’s session, date, type, who, what and value; an undisclosed value says so', () => {
    render(EngagementTable, { props: viewProps(small) });
    const row = screen.getByRole('row', { name: /Talks with the United States on trade/ });
    const cells = within(row).getAllByRole('cell');
    const text = cells.map((c) => c.textContent?.replace(/\s+/g, ' ').trim());
    expect(text[0]).toBe('78th session, 2023 19 September 2023');
    expect(text[1]).toBe('meeting');
    expect(
      within(cells[2]!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Pat President (United States)', 'Sam Envoy (United States)']);
    expect(text[3]).toBe('Talks with the United States on trade');
    // An engagement has no value: a dash on screen, words for a screen reader.
    expect(text[4]).toBe('—no value');
    const wind = screen.getByRole('row', { name: /Wind farm project/ });
    expect(within(wind).getByText('undisclosed')).toBeInTheDocument();
    expect(within(wind).getByText('deal')).toBeInTheDocument();
    expect(
      within(screen.getByRole('row', { name: /Investments since 2000/ })).getByText('over $5B'),
    ).toBeInTheDocument();
  });

  it('pages through a long table: "1–50 of …", then "51–100 of …"', async () => {
    const user = userEvent.setup();
    render(EngagementTable, { props: viewProps(synth) });
    expect(screen.getByText(`1–50 of ${total}`)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    const first = bodyRows()[0]!.textContent;
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText(`51–100 of ${total}`)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
    expect(bodyRows()[0]!.textContent).not.toBe(first);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '25');
    expect(screen.getByText(`1–25 of ${total}`)).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(25);
  });

  it('partial: draws the first half of the page, the pager still counting the whole page; then every row, in the same order', async () => {
    const props = viewProps(synth);
    const { rerender } = render(EngagementTable, { props: { ...props, partial: true } });
    expect(bodyRows()).toHaveLength(25);
    expect(screen.getByText(`1–50 of ${total}`)).toBeInTheDocument();
    const firstHalf = bodyRows().map((r) => r.textContent);
    await rerender({ partial: false });
    expect(bodyRows()).toHaveLength(50);
    expect(
      bodyRows()
        .slice(0, 25)
        .map((r) => r.textContent),
    ).toEqual(firstHalf);
  });

  it('goes back to the first page when the sort changes, not when another view’s option does', async () => {
    const user = userEvent.setup();
    const props = viewProps(synth);
    const { rerender } = render(EngagementTable, { props });
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await rerender({ options: { ...props.options, colourBy: 'session' } });
    expect(screen.getByText(`51–100 of ${total}`)).toBeInTheDocument();
    await rerender({ options: { ...props.options, sort: { key: 'value', descending: true } } });
    expect(screen.getByText(`1–50 of ${total}`)).toBeInTheDocument();
  });

  it('asks the app to sort when a header is clicked, and says the order in aria-sort', async () => {
    const user = userEvent.setup();
    const props = viewProps(small, { options: { sort: { key: 'value', descending: true } } });
    render(EngagementTable, { props });
    expect(screen.getByRole('columnheader', { name: 'Value' })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: 'When' })).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('table')).toHaveAccessibleName('Engagements and deals, sorted by Value, descending');
    const values = bodyRows().map((row) => within(row).getAllByRole('cell')[4]!.textContent?.trim());
    expect(values.slice(0, 5)).toEqual(['over $5B', 'about $1B', 'up to $300M', '$250M', 'undisclosed']);
    await user.click(screen.getByRole('button', { name: 'Who' }));
    expect(props.actions.sortBy).toHaveBeenCalledWith('who');
    await user.click(screen.getByRole('button', { name: 'Value' }));
    expect(props.actions.sortBy).toHaveBeenLastCalledWith('value');
  });

  it('asks the app to search a moment after typing stops, once', async () => {
    const user = userEvent.setup();
    const props = viewProps(small);
    render(EngagementTable, { props });
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'wabtec');
    await waitFor(() => expect(props.actions.setOptions).toHaveBeenCalledWith({ search: 'wabtec' }));
    expect(props.actions.setOptions).toHaveBeenCalledTimes(1);
  });

  it('lists what the search finds among all the filtered rows, and counts the matches', () => {
    render(EngagementTable, { props: viewProps(small, { options: { search: 'GLOBEX' } }) });
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('GLOBEX');
    expect(bodyRows()).toHaveLength(3);
    expect(screen.getByText('3 matches among 11 records')).toBeInTheDocument();
    expect(screen.getByText('1–3 of 3')).toBeInTheDocument();
  });

  it('shows a quote in place when its button is pressed', async () => {
    const user = userEvent.setup();
    render(EngagementTable, { props: viewProps(small) });
    const row = screen.getByRole('row', { name: /Talks with the United States on trade/ });
    const button = within(row).getByRole('button', { name: 'Quote from Example Wire' });
    // Closed, a record is one row: the quote is not in the page.
    expect(document.getElementById(button.getAttribute('aria-controls')!)).toBeNull();
    expect(row.nextElementSibling?.classList.contains('quotes') ?? false).toBe(false);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    // Open, it reads across the table, in the row under its record, which the button controls.
    const quote = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(quote).toHaveTextContent('“The two presidents discussed trade.” Example Wire');
    expect(quote.closest('tr')!.previousElementSibling).toBe(row);
    expect(quote).toBeVisible();
    expect(within(row).getByRole('link', { name: 'Example Wire' })).toHaveAttribute(
      'href',
      'https://example.org/wire/leader-2023',
    );
  });

  it('is one tab stop for all its rows: arrows move between rows and into a row, Enter opens its quotes', async () => {
    const user = userEvent.setup();
    render(EngagementTable, { props: viewProps(synth) });
    const rows = bodyRows();
    const [, body] = within(screen.getByRole('table')).getAllByRole('rowgroup');
    // The current row is the rows' one tab stop; its own links and buttons follow it, no other row's.
    const first = [rows[0]!, ...rows[0]!.querySelectorAll<HTMLElement>('a, button')];
    expect([...body!.querySelectorAll('[tabindex="0"]')]).toEqual(first);
    for (const row of rows.slice(1)) {
      for (const control of within(row).queryAllByRole('link').concat(within(row).getAllByRole('button')))
        expect(control).toHaveAttribute('tabindex', '-1');
    }
    // The first row tells a screen reader its keys, which the note under the table also shows.
    expect(rows[0]).toHaveAccessibleDescription(
      /up and down arrows move between rows; Tab or the right arrow reaches the row’s source link and Quote button/,
    );
    // From the search box: five sort buttons, then the current row, its links and buttons, then the pager.
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.tab();
    expect(screen.getByRole('button', { name: 'When' })).toHaveFocus();
    for (let k = 0; k < 5; k++) await user.tab();
    expect(rows[0]).toHaveFocus();
    for (const control of first.slice(1)) {
      await user.tab();
      expect(control).toHaveFocus();
    }
    await user.tab();
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveFocus();

    await user.click(rows[0]!.querySelector('td')!);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(rows[2]).toHaveFocus();
    expect(rows[2]).toHaveAttribute('tabindex', '0');
    expect(rows[0]).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{Enter}');
    for (const b of within(rows[2]!).getAllByRole('button')) expect(b).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard(' ');
    for (const b of within(rows[2]!).getAllByRole('button')) expect(b).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowRight}');
    expect(within(rows[2]!).getAllByRole('link')[0]).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(rows[1]).toHaveFocus();
  });

  it('is the target of the page’s skip link: from it, one Tab reaches the current row, two more its Quote button', async () => {
    const user = userEvent.setup();
    render(EngagementTable, { props: viewProps(bundled) });
    const target = document.getElementById('records')!;
    expect(target).toBe(within(screen.getByRole('table')).getAllByRole('rowgroup')[1]);
    target.focus();
    await user.tab();
    const row = bodyRows()[0]!;
    expect(row).toHaveFocus();
    await user.tab();
    await user.tab();
    const quote = within(row).getAllByRole('button', { name: /^Quote/ })[0]!;
    expect(quote).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(quote).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(quote.getAttribute('aria-controls')!)).toBeVisible();
  });

  it('marks a country no source states, and not one a source states or the name already says', () => {
    render(EngagementTable, { props: viewProps(bundled) });
    const whoOf = (name: RegExp) =>
      within(screen.getByRole('row', { name })).getAllByRole('cell')[2]!.textContent!.replace(/\s+/g, ' ').trim();
    // Mastercard's headquarters is from outside the articles; Wabtec is "the American company Wabtec".
    expect(whoOf(/^78th session, 2023 September 2023 deal program Mastercard/)).toBe(
      'MastercardUnited States (not in the sources)',
    );
    expect(whoOf(/Wabtec's President and CEO Rafael Santana/)).toBe('Rafael Santana (Wabtec)United States');
    // "Ebrahim Raisi (Iran)" already names the country.
    expect(whoOf(/Met Iranian President Ebrahim Raisi/)).toBe('Ebrahim Raisi (Iran)');
    const mark = within(
      screen.getByRole('row', { name: /^78th session, 2023 September 2023 deal program Mastercard/ }),
    ).getByText('(not in the sources)');
    expect(mark).toHaveAttribute('title', expect.stringMatching(/^No cited article states this country/));
  });

  it('says when the filters leave nothing, and offers to clear them', async () => {
    const user = userEvent.setup();
    const props = viewProps(small, { filters: { years: [2025] } });
    render(EngagementTable, { props });
    expect(screen.getByRole('status')).toHaveTextContent('No records match these filters.');
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Clear the search' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(props.actions.clearFilters).toHaveBeenCalledOnce();
  });

  it('says when the search hides everything, and offers to clear it', async () => {
    const user = userEvent.setup();
    const props = viewProps(small, { options: { search: 'zzz' } });
    render(EngagementTable, { props });
    expect(screen.getByRole('status')).toHaveTextContent('No records match the search “zzz”.');
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(props.actions.setOptions).toHaveBeenCalledWith({ search: '' });
  });

  it('says when the dataset itself has nothing, with nothing to clear', () => {
    const empty = indexOf({ ...fixture('query-small.json'), engagements: [], deals: [] });
    render(EngagementTable, { props: viewProps(empty) });
    expect(screen.getByRole('status')).toHaveTextContent('This dataset has no engagements or deals.');
    expect(screen.queryByRole('button', { name: /Clear/ })).toBeNull();
    expect(screen.getByRole('figure', { name: /^Engagements/ })).toHaveAccessibleName(/0 engagements and 0 deals/);
  });
});
