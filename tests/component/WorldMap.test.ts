// @vitest-environment jsdom
/**
 * The live map as a reader finds it, by role and name. jsdom has no WebGL, so the map is the SVG
 * drawing (WorldMapDrawing with static=false), loaded after the first paint: countries are buttons
 * that ask for their code, the list beside the map reaches every counterpart, the legend shows
 * the classes that occur, notes say what is left out, tooltips open on hover and focus.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/data/schema';
import { DARK } from '../../src/lib/basics/theme';
import WorldMap from '../../src/views/WorldMap/WorldMap.svelte';
import { bundledDataset, fixture, indexOf, viewProps, type InputOptions } from '../helpers';

const TIMEOUT = 30_000;

function setup(o: InputOptions = {}, data: Dataset = fixture('worldmap-small.json')) {
  const props = viewProps(indexOf(data), o);
  render(WorldMap, { props });
  return { actions: props.actions, user: userEvent.setup() };
}

const figure = () => screen.getByRole('figure', { name: /^Counterpart countries/ });
const drawnMap = () => screen.findByRole('group', { name: 'World map' }, { timeout: TIMEOUT });
const list = () => within(figure()).getByRole('list', { name: /^Countries/ });

describe('WorldMap', () => {
  it('is a figure named "Counterpart countries", described by a sentence, with legend and list before the map arrives', () => {
    setup();
    expect(figure()).toHaveAccessibleDescription('5 counterpart countries; most engagements: United States (3)');
    // The map loads after the first paint: until then its box says so.
    expect(screen.getByText('Loading the map…')).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'World map' })).toBeNull();
    const legend = within(figure()).getByRole('list', { name: 'Engagements per country under these filters' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['1', '3', 'No engagements', 'Home: Kazakhstan']);
    // The symbols are pictures, hidden from assistive technology; home's hatching is defined with them.
    for (const svg of legend.querySelectorAll('svg')) expect(svg).toHaveAttribute('aria-hidden', 'true');
    const hatch = legend.querySelector('rect[fill^="url(#"]')?.getAttribute('fill')?.slice(5, -1) ?? '';
    expect(document.getElementById(hatch)?.tagName).toBe('pattern');
    expect(
      within(list())
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label')),
    ).toEqual([
      'Estonia, 1 engagement',
      'Fiji, 1 engagement',
      'Iran, 1 engagement',
      'Singapore, 1 engagement',
      'United States, 3 engagements',
    ]);
    expect(screen.getByText('Basemap: Natural Earth via world-atlas.')).toBeInTheDocument();
  });

  it(
    'draws the SVG map where there is no WebGL; clicking a country asks to toggle it',
    async () => {
      const { actions, user } = setup();
      const map = await drawnMap();
      const iran = within(map).getByRole('button', { name: 'Iran, 1 engagement' });
      await user.click(iran);
      expect(actions.toggleCountry).toHaveBeenCalledWith('IRN');
      iran.focus();
      await user.keyboard('{Enter}');
      expect(actions.toggleCountry).toHaveBeenCalledTimes(2);
      // Home is hatched, never a counterpart button.
      expect(within(map).queryByRole('button', { name: /Kazakhstan/ })).toBeNull();
      expect(map.querySelector('[data-code="KAZ"]')?.getAttribute('fill')).toMatch(/^url\(#.*hatch\)$/);
    },
    TIMEOUT,
  );

  it(
    'keeps every counterpart clickable whatever the country filter',
    async () => {
      const { actions, user } = setup({ filters: { countries: ['IRN'] } });
      const map = await drawnMap();
      expect(within(map).getByRole('button', { name: 'Iran, 1 engagement' })).toHaveAttribute('aria-pressed', 'true');
      const usa = within(list()).getByRole('button', { name: 'United States, 3 engagements' });
      expect(usa).toHaveAttribute('aria-pressed', 'false');
      await user.click(usa);
      expect(actions.toggleCountry).toHaveBeenCalledWith('USA');
      await user.click(within(map).getByRole('button', { name: /^Estonia/ }));
      expect(actions.toggleCountry).toHaveBeenLastCalledWith('EST');
      // Selection is an outline in the legend, never a class colour.
      expect(within(figure()).getByText('Selected')).toBeInTheDocument();
    },
    TIMEOUT,
  );

  it(
    'shows a tooltip on keyboard focus of a country in the list: engagements, who was met, deals',
    async () => {
      setup();
      await drawnMap();
      const usa = within(list()).getByRole('button', { name: 'United States, 3 engagements' });
      usa.focus();
      const tip = await screen.findByRole('tooltip');
      expect(usa).toHaveAttribute('aria-describedby', tip.id);
      expect(tip).toHaveTextContent('United States');
      expect(tip).toHaveTextContent('3 engagements');
      expect(tip).toHaveTextContent('Met: Joe Biden (United States) and Rafael Santana (Wabtec)');
      // One line per kind of money: the plan is never added to the agreement ("3 deals: about $5.2B").
      expect(tip).toHaveTextContent('Signed agreements: about $4.2B (1 deal)');
      expect(tip).toHaveTextContent('Announced plans: $1B (1 deal)');
      expect(tip).not.toHaveTextContent('5.2B');
      usa.blur();
      await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    },
    TIMEOUT,
  );

  it(
    'shows a tooltip when the pointer is over a country or a deal site',
    async () => {
      setup();
      const map = await drawnMap();
      await fireEvent.pointerMove(
        within(map).getByRole('button', { name: 'Iran, 1 engagement' }).querySelector('path')!,
      );
      expect(await screen.findByRole('tooltip')).toHaveTextContent(/Iran.*1 engagement.*Met: Ebrahim Raisi \(Iran\)/);
      const astana = [...map.querySelectorAll('[data-site]')].find((c) => c.getAttribute('r') !== '6')!;
      await fireEvent.pointerMove(astana);
      expect(screen.getByRole('tooltip')).toHaveTextContent(/Astana.*Wabtec: about \$4\.2B.*Wabtec: undisclosed/);
      await fireEvent.pointerLeave(map);
      expect(screen.queryByRole('tooltip')).toBeNull();
    },
    TIMEOUT,
  );

  it('lists organizations without a country apart, and the deal sites in words', () => {
    setup();
    const orgs = within(figure()).getByRole('list', { name: /^Organizations/ });
    expect(
      within(orgs)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.visually-hidden')?.textContent),
    ).toEqual(['FIFA, 1 engagement', 'United Nations, 1 engagement']);
    expect(within(figure()).getByText('Deal sites (3)')).toBeInTheDocument();
    expect(within(figure()).getByText('Tengiz: Chevron: $1B')).toBeInTheDocument();
  });

  it('shows only the classes that occur, and site sizes from values that occur', () => {
    setup({ filters: { years: [2025] } });
    const legend = within(figure()).getByRole('list', { name: 'Engagements per country under these filters' });
    expect(within(legend).queryByText('3')).toBeNull();
    expect(within(legend).getByText('1')).toBeInTheDocument();
    const sites = within(figure()).getByRole('list', { name: 'Deal sites, sized by disclosed value' });
    expect(
      within(sites)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['$1B', 'value undisclosed']);
  });

  it('says what it leaves out: planned events not counted, deals without a site', () => {
    const data = fixture('worldmap-small.json');
    data.engagements.find((e) => e.id === 'e3')!.status = 'planned';
    delete data.deals.find((d) => d.id === 'd3')!.sites;
    setup({}, data);
    expect(within(figure()).getByText('1 planned event not counted.')).toBeInTheDocument();
    expect(within(figure()).getByText('1 deal has no site.')).toBeInTheDocument();
    expect(within(list()).getByRole('button', { name: 'Iran, 0 engagements' })).toBeInTheDocument();
  });

  it('says so when nothing matches, and offers to clear the filters', async () => {
    const { actions, user } = setup({ filters: { countries: ['FRA'] } });
    expect(within(figure()).getByRole('status')).toHaveTextContent('No engagements match these filters.');
    await user.click(within(figure()).getByRole('button', { name: 'Clear filters' }));
    expect(actions.clearFilters).toHaveBeenCalled();
    // France, chosen in the URL, stays in the list so it can be unchosen.
    expect(within(list()).getByRole('button', { name: 'France, 0 engagements' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it(
    'draws with the dark theme’s colours',
    async () => {
      setup({ theme: 'dark' });
      const map = await drawnMap();
      const fills = [...map.querySelectorAll('path')].map((p) => p.getAttribute('fill'));
      expect(fills).toContain(DARK.map.land);
      expect(fills).toContain(DARK.map.classes.at(-1));
    },
    TIMEOUT,
  );

  it('a large dataset follows a filter in one step: the summary and the list beside the map together', async () => {
    const data = fixture('worldmap-small.json');
    const index = indexOf(data);
    const all = viewProps(index);
    const { rerender } = render(WorldMap, { props: all });
    const labels = () =>
      within(list())
        .getAllByRole('button')
        .map((b) => b.getAttribute('aria-label'));
    const before = labels();
    const only2025 = viewProps(index, { filters: { years: [2025] } });
    await rerender({ filtered: only2025.filtered, filters: only2025.filters });
    expect(figure()).not.toHaveAccessibleDescription('5 counterpart countries; most engagements: United States (3)');
    const after = labels();
    expect(after).not.toEqual(before);
    expect(after.length).toBeLessThan(before.length);
  });

  it('never shows the list of the dataset it drew before', async () => {
    const first = viewProps(indexOf(fixture('worldmap-small.json')));
    const { rerender } = render(WorldMap, { props: first });
    const other = viewProps(indexOf(bundledDataset()));
    await rerender({ ...other, actions: first.actions });
    const labels = within(list())
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(labels).toContain('United States, 10 engagements');
    expect(labels).not.toContain('Fiji, 1 engagement');
  });
});
