import { describe, expect, it } from 'vitest';
import raw from '../../data/kazakhstan-unga.json';
import { parseDataset } from '../../src/lib/data/load';
import { filterDataset, indexDataset, NO_FILTERS } from '../../src/lib/data/query';
import { textWidth } from '../../src/export/svgText';
import { FONT, PAD, tableSvgLayout } from '../../src/views/EngagementTable/svgLayout';

const loaded = parseDataset(raw);
if (!loaded.ok) throw new Error('bundled dataset must be valid');
const index = indexDataset(loaded.data);

describe('tableSvgLayout', () => {
  it.each([
    { years: [] as number[], width: 960 },
    { years: [2023], width: 960 },
    { years: [2025], width: 375 },
  ])('one row per filtered record, stacked without overlap, text inside its column (years $years, $width px)', ({ years, width }) => {
    const filtered = filterDataset(index, { ...NO_FILTERS, years });
    const L = tableSvgLayout(index, filtered, width);
    expect(L.rows).toHaveLength(filtered.engagements.length + filtered.deals.length);
    L.rows.forEach((row, i) => {
      if (i > 0) expect(row.y).toBe(L.rows[i - 1]!.y + L.rows[i - 1]!.height);
      row.cells.forEach((cell, c) => {
        const col = L.columns[c]!;
        // a single word longer than the column may stand alone; every other line fits
        cell.lines.filter((l) => l.includes(' ')).forEach((l) => expect(textWidth(l, FONT)).toBeLessThanOrEqual(col.width - PAD));
      });
    });
    expect(L.height).toBe(L.rows.length ? L.rows.at(-1)!.y + L.rows.at(-1)!.height : L.height);
    expect(L.columns.at(-1)!.x + L.columns.at(-1)!.width).toBeCloseTo(width - 16);
  });

  it('marks undisclosed deals and lists the publishers cited', () => {
    const L = tableSvgLayout(index, filterDataset(index, NO_FILTERS), 960);
    expect(L.rows.filter((r) => r.undisclosed)).toHaveLength(loaded.data.deals.filter((d) => d.value === null).length);
    expect(L.publishers.sort()).toEqual(['Kazinform', 'Orda.kz']);
  });

  it('does not mutate the filtered records', () => {
    const filtered = filterDataset(index, NO_FILTERS);
    const before = structuredClone(filtered);
    tableSvgLayout(index, filtered, 600);
    expect(filtered).toEqual(before);
  });
});
