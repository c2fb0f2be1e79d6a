import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { FilterState } from '../../src/lib/state/filters.svelte';
import { LEGEND_TITLE } from '../../src/views/WorldMap/legend';
import { worldmapIndex } from '../fixtures/worldmapSmall';
import WorldMapHarness from './WorldMapHarness.svelte';

// jsdom has no WebGL, so what these tests see is the SVG map: the fallback every browser
// without WebGL gets, and the renderer the export uses.

// jsdom has no ResizeObserver, which `bind:clientWidth` needs; the map then uses its 640 px fallback.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

function setup(initial?: ConstructorParameters<typeof FilterState>[0]) {
  const filterState = new FilterState(initial);
  const user = userEvent.setup();
  render(WorldMapHarness, { props: { index: worldmapIndex(), filterState } });
  return { filterState, user };
}

/** The SVG map, once its basemap has arrived. */
async function svgMap() {
  return screen.findByRole('group', { name: 'World map' }, { timeout: 15_000 });
}

function countryList() {
  return screen.getByRole('list', { name: /^Countries/ });
}

// The first test waits for the 750 kB basemap to be imported and prepared.
describe('WorldMap', { timeout: 20_000 }, () => {
  it('is a figure captioned "Counterpart countries", described by a computed summary', async () => {
    setup();
    const figure = screen.getByRole('figure', { name: /^Counterpart countries/ });
    expect(figure).toHaveAccessibleDescription(
      '5 counterpart countries; most engagements: United States (3); 2 organizations without a country, listed beside the map',
    );
    // The list works before the basemap has arrived.
    expect(within(countryList()).getAllByRole('button')).toHaveLength(5);
    await svgMap();
  });

  it('draws every counterpart country as a named, pressable shape, and home as no button', async () => {
    setup();
    const map = await svgMap();
    const names = within(map)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(
      expect.arrayContaining(['United States, 3 engagements', 'Iran, 1 engagement', 'Estonia, 1 engagement', 'Fiji, 1 engagement', 'Singapore, 1 engagement']),
    );
    expect(names).toHaveLength(5);
    expect(within(map).queryByRole('button', { name: /Kazakhstan/ })).toBeNull();
    const usa = within(map).getByRole('button', { name: 'United States, 3 engagements' });
    expect(usa.querySelector('path')?.getAttribute('d')).toMatch(/^M/);
    // Singapore is too small to see as a shape: it also gets a dot.
    expect(within(map).getByRole('button', { name: 'Singapore, 1 engagement' }).querySelector('circle')).not.toBeNull();
  });

  it('colours counterparts darker the more engagements, and leaves other countries neutral', async () => {
    setup();
    const map = await svgMap();
    const fill = (name: string) => within(map).getByRole('button', { name }).querySelector('path')?.getAttribute('fill');
    expect(fill('United States, 3 engagements')).not.toBe(fill('Iran, 1 engagement'));
    expect(fill('Iran, 1 engagement')).toBe(fill('Estonia, 1 engagement'));
    expect(fill('Iran, 1 engagement')).toMatch(/^rgb/);
  });

  it('toggles a country in the filter when its shape is clicked', async () => {
    const { filterState, user } = setup();
    const map = await svgMap();
    await user.click(within(map).getByRole('button', { name: 'Iran, 1 engagement' }));
    expect(filterState.countries).toEqual(['IRN']);
    expect(within(map).getByRole('button', { name: 'Iran, 1 engagement' })).toHaveAttribute('aria-pressed', 'true');
    // Every other view follows the filter, and so does this one: the summary now counts Iran only.
    expect(screen.getByRole('figure', { name: /^Counterpart countries/ })).toHaveAccessibleDescription(
      '1 counterpart country; most engagements: Iran (1)',
    );
    // Others stay reachable, so a second country can be added.
    await user.click(within(map).getByRole('button', { name: 'United States, 0 engagements' }));
    expect(filterState.countries).toEqual(['IRN', 'USA']);
    expect(map.querySelectorAll('path.outline[stroke-width="2.5"]')).toHaveLength(2);
    await user.click(within(map).getByRole('button', { name: 'Iran, 1 engagement' }));
    expect(filterState.countries).toEqual(['USA']);
  });

  it('toggles with Enter and Space on a focused shape, and shows its tooltip on focus', async () => {
    const { filterState, user } = setup();
    const map = await svgMap();
    const iran = within(map).getByRole('button', { name: 'Iran, 1 engagement' });
    iran.focus();
    expect(await screen.findByText('Met: Ebrahim Raisi (Iran)')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(filterState.countries).toEqual(['IRN']);
    // The shapes are not reordered by the toggle, so focus stays where it was.
    expect(iran).toHaveFocus();
    await user.keyboard(' ');
    expect(filterState.countries).toEqual([]);
  });

  it('shows who was met in a tooltip on hover', async () => {
    setup();
    const map = await svgMap();
    await fireEvent.pointerMove(within(map).getByRole('button', { name: 'United States, 3 engagements' }), { clientX: 100, clientY: 80 });
    expect(screen.getByText('Met: Joe Biden (United States); Rafael Santana (Wabtec)')).toBeInTheDocument();
    expect(screen.getByText('Click to add to the country filter')).toBeInTheDocument();
    await fireEvent.pointerLeave(within(map).getByRole('button', { name: 'United States, 3 engagements' }));
    expect(screen.queryByText(/^Met:/)).toBeNull();
  });

  it('lets the keyboard reach and toggle every counterpart through the companion list', async () => {
    const { filterState, user } = setup();
    const list = countryList();
    const buttons = within(list).getAllByRole('button');
    const names = ['United States, 3 engagements', 'Estonia, 1 engagement', 'Fiji, 1 engagement', 'Iran, 1 engagement', 'Singapore, 1 engagement'];
    expect(buttons).toHaveLength(names.length);
    buttons.forEach((b, i) => expect(b).toHaveAccessibleName(names[i]));
    expect(buttons[0]).toHaveTextContent(/United States\s*3/);
    const singapore = within(list).getByRole('button', { name: 'Singapore, 1 engagement' });
    expect(singapore).toHaveAttribute('aria-pressed', 'false');
    singapore.focus();
    await user.keyboard('{Enter}');
    expect(filterState.countries).toEqual(['SGP']);
    expect(singapore).toHaveFocus();
    expect(within(countryList()).getByRole('button', { name: 'Singapore, 1 engagement' })).toHaveAttribute('aria-pressed', 'true');
    // Fiji met at the same summit as Singapore, so it still counts one.
    await user.click(within(countryList()).getByRole('button', { name: 'Fiji, 1 engagement' }));
    expect(filterState.countries).toEqual(['FJI', 'SGP']);
    await svgMap();
  });

  it('lists organizations, which have no shape, with their counts', async () => {
    setup();
    const orgs = screen.getByRole('list', { name: /^Organizations/ });
    expect(within(orgs).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['FIFA, 1 engagement', 'United Nations, 1 engagement']);
    await svgMap();
  });

  it('has a legend that says what the colour, home and the site marks mean', async () => {
    setup();
    expect(screen.getByText(LEGEND_TITLE)).toBeInTheDocument();
    const keys = screen.getByRole('list', { name: LEGEND_TITLE });
    expect(within(keys).getAllByRole('listitem').map((li) => li.textContent?.trim())).toEqual([
      '1 engagement (4 countries)',
      '2 engagements (0 countries)',
      '3 engagements (1 country)',
      'No engagements',
      'Home: Kazakhstan',
    ]);
    const sites = screen.getByRole('list', { name: 'Deal sites, sized by disclosed value' });
    expect(sites).toHaveTextContent('$4.2B');
    expect(sites).toHaveTextContent('value undisclosed');
    const map = await svgMap();
    expect(map.querySelectorAll('circle.site')).toHaveLength(3);
    expect(map.querySelectorAll('circle.site[fill="none"]')).toHaveLength(1);
  });

  it('says when the filters leave nothing, and offers to clear them', async () => {
    const { filterState, user } = setup({ years: [2024] });
    expect(screen.getByRole('status')).toHaveTextContent('No engagements match these filters');
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(filterState.active).toBe(false);
    expect(screen.queryByText('No engagements match these filters')).toBeNull();
    await svgMap();
  });
});
