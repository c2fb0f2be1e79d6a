// @vitest-environment node
// The view catalog is the one list of views: every entry has its folder and its export, every
// view folder has its entry, and what the URL, the command line and the downloads accept follows
// from it. (Each entry's live component in src/views/registry.ts is checked by the compiler.)
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIEW_CATALOG, VIEW_IDS, viewDefinition, viewTitle } from '../../src/lib/catalog/viewCatalog';
import { fromQuery } from '../../src/lib/state/url';
import { runTool } from '../cli';
import { english } from '../helpers';

const VIEWS_DIR = resolve(import.meta.dirname, '../../src/views');

describe('view catalog', () => {
  it('lists the views in the dashboard order, each id once', () => {
    expect(VIEW_IDS).toEqual(['map', 'timeline', 'deals', 'table']);
    expect(new Set(VIEW_CATALOG.map((v) => v.folder)).size).toBe(VIEW_CATALOG.length);
  });

  it('every entry has a folder with export.ts (its drawing for files)', () => {
    for (const { folder } of VIEW_CATALOG) {
      expect(existsSync(resolve(VIEWS_DIR, folder, 'export.ts')), `${folder}/export.ts`).toBe(true);
    }
  });

  it('every view folder has an entry', () => {
    const folders = readdirSync(VIEWS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'shared')
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(VIEW_CATALOG.map((v) => v.folder).sort());
  });

  it('gives the titles the figures begin with', () => {
    const i18n = english();
    expect(VIEW_IDS.map((id) => viewTitle(id, i18n))).toEqual([
      'Counterpart countries',
      'UNGA sessions',
      'Deal values by company',
      'Engagements',
    ]);
    expect(viewDefinition('table').table).toBe('engagementsAndDeals');
  });

  it('is what ?embed= accepts, and the command line names', () => {
    for (const id of VIEW_IDS) expect(fromQuery(`?embed=${id}`).embed).toBe(id);
    expect(fromQuery('?embed=chart').notices).toEqual([
      { key: 'notice.choice', values: { name: 'embed', value: 'chart', allowed: 'map, timeline, deals, table' } },
    ]);
    const help = runTool('scripts/export.ts', ['--help']);
    expect(help.stdout).toContain('\n  --view map|timeline|deals|table   the view (required)\n');
    expect(runTool('scripts/export.ts', ['--view', 'chart']).stderr).toContain(
      'export: --view must be one of map, timeline, deals, table',
    );
  });
});
