// @vitest-environment node
// The deal chart as a downloaded file: rendered on the server like `npm run export`, read back for
// what it says, and drawn by resvg (which also proves it is well-formed XML). Its snapshots are
// in tests/unit/snapshots.test.ts.
import { describe, expect, it } from 'vitest';
import { renderViewSvg } from '../../src/export/render';
import { DARK, LIGHT } from '../../src/lib/basics/theme';
import { summarize, type DatasetIndex } from '../../src/lib/data/query';
import { synthDataset } from '../../scripts/synth/generate';
import { dealNotes, undisclosedEntries, undisclosedNote } from '../../src/views/DealChart/export';
import { dealModel } from '../../src/views/DealChart/model';
import { viewDefinition, viewTitle } from '../../src/lib/catalog/viewCatalog';
import { bundledDataset, english, exportInput, fixture, indexOf, type InputOptions } from '../helpers';
import { png, textsOf } from '../snapshot';

const i18n = english();
const bundled = indexOf(bundledDataset());
const small = indexOf(fixture('deals-small.json'));

/** Bar segments: the only 20 px tall rects. */
const barsOf = (svg: string) => [...svg.matchAll(/<rect\b([^>]*)\bheight="20"([^>]*)>/g)].map((m) => m[0]);
const attr = (el: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];

async function file(index: DatasetIndex, o: InputOptions = {}) {
  const svg = await renderViewSvg('deals', exportInput(index, o));
  const texts = textsOf(svg);
  return { svg, texts, text: texts.join('\n'), bars: barsOf(svg) };
}

describe('what the file says', () => {
  it('labels each part and the total, a heading per kind of money, states the sums as the page does, and lists the undisclosed deals', async () => {
    const { texts, text } = await file(bundled);
    const flat = text.replace(/\n/g, ' ');
    // Wabtec's 2025 agreement and 2023 plan: two bars under two headings, never one "about $5.2B".
    expect(texts).toEqual(
      expect.arrayContaining([
        'Wabtec',
        'about $4.2B',
        'Signed agreements: about $4.2B (1 deal)',
        'Announced plans: about $1B (1 deal)',
      ]),
    );
    expect(texts.filter((t) => t === 'Wabtec')).toHaveLength(2);
    expect(flat).toContain(
      'Signed agreements: about $4.2B (1 deal) · Announced plans: about $1B (1 deal); 9 deals undisclosed; 1 cumulative investment not counted.',
    );
    expect(flat).toContain('about $1B · a 2023 investment plan');
    expect(flat).toMatch(
      /Value undisclosed, not drawn: Amazon \(project, 80th session\), .*GE Healthcare \(2 deals: project, 78th session\)/,
    );
    expect(flat).toContain('1 cumulative investment not counted: money invested over past years');
    expect(flat).toContain(
      "Sources: Kazinform, Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025.",
    );
    expect(flat).not.toMatch(/\$5\.2B|\$5\.43B/);
    // Money spent over past years has its own heading and bar; no total adds it to a new commitment, nor claims three figures.
    const cumulative = (await file(bundled, { options: { cumulative: true } })).text.replace(/\n/g, ' ');
    expect(cumulative).toContain('Invested in earlier years: over $230M (1 deal)');
    expect(cumulative).not.toMatch(/\$4\.4B|\$4\.43B/);
  });

  it('prints the header’s figure for each kind of money, under every option', async () => {
    for (const colourBy of ['basis', 'session'] as const) {
      for (const cumulative of [false, true]) {
        for (const planned of [false, true]) {
          for (const showAll of [false, true]) {
            const o = { options: { colourBy, cumulative, planned, showAll } };
            const { texts } = await file(bundled, o);
            const input = exportInput(bundled, o);
            const header = summarize(input.filtered, bundled, {
              includePlanned: planned,
              includeCumulative: cumulative,
            });
            const words = header.kinds.filter((k) => k.sum).map((k) => i18n.kindTotal(k));
            expect(words.length).toBeGreaterThan(1);
            for (const w of words) expect(texts).toContain(w);
          }
        }
      }
    }
  });

  it('honours the options as the page does: colour by session, cumulative hatched, planned dashed, show all', async () => {
    const byBasis = await file(small);
    expect(byBasis.bars.map((b) => attr(b, 'fill'))).toEqual([
      LIGHT.basis.agreement,
      LIGHT.basis['investment-plan'],
      LIGHT.basis.financing,
      LIGHT.basis.project,
    ]);
    const bySession = await file(small, { options: { colourBy: 'session' } });
    expect(new Set(bySession.bars.map((b) => attr(b, 'fill'))).size).toBe(2);
    expect(bySession.texts).toEqual(expect.arrayContaining(['78th session, 2023', '80th session, 2025']));
    const cumulative = await file(small, { theme: 'dark', options: { cumulative: true } });
    expect(cumulative.svg).toMatch(/<pattern id="deals-hatch-0"/);
    expect(cumulative.bars.filter((b) => attr(b, 'fill') === 'url(#deals-hatch-0)')).toHaveLength(1);
    expect(cumulative.svg).toContain(`fill="${DARK.bg}"`);
    const planned = fixture('deals-small.json');
    planned.deals[0]!.status = 'planned';
    const counted = await file(indexOf(planned), { options: { planned: true } });
    expect(counted.bars.filter((b) => attr(b, 'stroke-dasharray'))).toHaveLength(1);
    expect(counted.text).toContain('Planned deals are counted and drawn with a dashed outline');
    const left = await file(indexOf(planned));
    expect(left.text).toContain('1 planned deal not counted: announced as still to come.');
    expect(left.bars.filter((b) => attr(b, 'stroke-dasharray'))).toHaveLength(0);
  });

  it('folds a long tail into Others until show all, and notes the undisclosed deals that do not fit as "and N more"', async () => {
    // Enough deals that a kind of money has more companies than the top ones.
    const index = indexOf(synthDataset({ engagements: 2000, seed: 1 }));
    const folded = await file(index);
    const others = dealModel(exportInput(index)).rows.filter((r) => r.kind === 'others');
    expect(others.length).toBeGreaterThan(0);
    // An Others per kind that folds, each under its kind's heading.
    expect(folded.texts.filter((t) => /^Others \(\d+ companies\)$/.test(t))).toEqual(others.map((r) => r.name));
    const all = await file(index, { options: { showAll: true } });
    const model = dealModel(exportInput(index, { options: { showAll: true } }));
    expect(all.texts.some((t) => t.startsWith('Others'))).toBe(false);
    // A bar per company and kind of money, each kind under its heading.
    expect(model.rows.every((r) => r.kind === 'company')).toBe(true);
    expect(new Set(all.bars.map((b) => attr(b, 'y'))).size).toBe(model.rows.length);
    expect(model.rows.length).toBeGreaterThanOrEqual(model.companies);
    for (const g of model.groups) expect(all.texts).toContain(g.heading);
    expect(folded.text.replace(/\n/g, ' ')).toMatch(/and \d+ more, listed in the CSV export\./);
  });

  it('cites only the publishers of the deals drawn or listed', async () => {
    const { text } = await file(bundled, { filters: { years: [2025] } });
    expect(text.replace(/\n/g, ' ')).toContain(
      "Source: Orda.kz · Kazakhstan's President at the UN General Assembly, 2023 and 2025.",
    );
    expect(text).not.toContain('Kazinform');
  });

  it('says why when there is nothing to draw', async () => {
    const none = await file(small, { filters: { companies: ['nobody'] } });
    expect(none.bars).toHaveLength(0);
    expect(none.texts).toContain('No deals match these filters.');
    const only = await file(small, { filters: { companies: ['boeing'] } });
    expect(only.texts).toContain('No value disclosed for 1 deal.');
    expect(only.text).toContain('Value undisclosed, not drawn: Boeing (signed agreement, 80th session).');
  });

  it('keeps names with &, <, quotes and no-break spaces well-formed', async () => {
    const data = fixture('deals-small.json');
    data.actors.find((a) => a.id === 'wabtec')!.name = 'Wab\u00a0tec & <Sons> "Rail"';
    const { svg, texts } = await file(indexOf(data));
    expect(texts).toContain('Wab\u00a0tec & <Sons> "Rail"');
    expect(() => png(svg)).not.toThrow();
  });
});

describe('notes', () => {
  it('fits the undisclosed sentence in four lines, naming as many companies as fit', () => {
    const index = indexOf(synthDataset({ engagements: 2000, seed: 2 }));
    const input = exportInput(index);
    const model = dealModel(input);
    const entries = undisclosedEntries(model, index, i18n);
    expect(entries.length).toBeGreaterThan(30);
    const note = undisclosedNote(entries, i18n, 600);
    expect(note).toMatch(/^Value undisclosed, not drawn: .* and \d+ more, listed in the CSV export\.$/);
    const named = Number(/and (\d+) more/.exec(note)![1]);
    expect(named).toBeLessThan(entries.length);
    expect(undisclosedNote(entries.slice(0, 2), i18n, 600)).toBe(
      `Value undisclosed, not drawn: ${entries[0]} and ${entries[1]}.`,
    );
    expect(undisclosedNote(entries, i18n, 10)).toBe(
      `Value undisclosed, not drawn: deals of ${entries.length} companies, listed in the CSV export.`,
    );
  });

  it('explains cumulative and planned deals whether counted or not', () => {
    const notes = (options: object) => dealNotes(dealModel(exportInput(small, { options })), small, i18n, 900);
    expect(notes({}).slice(1)).toEqual([
      '1 cumulative investment not counted: money invested over past years, not a commitment made at a session.',
    ]);
    expect(notes({ cumulative: true }).slice(1)).toEqual([
      'Cumulative investments are included and hatched: money invested over past years, not commitments made at a session.',
    ]);
  });

  it('is titled with the view’s name', () => {
    // The catalog names the view and the folder whose export.ts this is.
    expect(viewTitle('deals', i18n)).toBe('Deal values by company');
    expect(viewDefinition('deals').folder).toBe('DealChart');
  });
});
