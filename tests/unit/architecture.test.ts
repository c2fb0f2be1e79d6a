// @vitest-environment node
// The layers of src/ point one way (see the folder list in docs/architecture or README): no file
// imports itself back through others, no two folders import each other, the basics import nothing
// of src, lib/ knows nothing of what is drawn with it, and the views know nothing of the page
// around them. Every relative import counts, type-only and dynamic ones included.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, folderGraph, importGraph } from '../../scripts/import-graph.mjs';

const graph: Map<string, Set<string>> = importGraph(resolve(import.meta.dirname, '../../src'));

/** Imports from files under `from` to files under any of `to` ("App" matches App.svelte at the root). */
function imports(from: string, to: readonly string[]): string[] {
  const under = (file: string, folder: string) => file === `${folder}.svelte` || file.startsWith(`${folder}/`);
  const found: string[] = [];
  for (const [file, targets] of graph) {
    if (!under(file, from)) continue;
    for (const target of targets) if (to.some((t) => under(target, t))) found.push(`${file} → ${target}`);
  }
  return found;
}

describe('architecture: imports point one way', () => {
  it('reads the whole of src', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('main.ts')?.has('App.svelte')).toBe(true);
    // import.meta.glob counts too: the export registry finds each view's export.ts by it.
    expect(graph.get('export/registry.ts')?.has('views/DealChart/export.ts')).toBe(true);
  });

  it('no file cycles', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('no folder cycles (a folder imports another when one of its files does)', () => {
    expect(cycles(folderGraph(graph))).toEqual([]);
  });

  it('lib/basics imports nothing else of src', () => {
    const outside = [...graph]
      .filter(([file]) => file.startsWith('lib/basics/'))
      .flatMap(([file, targets]) =>
        [...targets].filter((t) => !t.startsWith('lib/basics/')).map((t) => `${file} → ${t}`),
      );
    expect(outside).toEqual([]);
  });

  it('lib/ never imports the views, the shell, the studio, the export code or the app', () => {
    expect(imports('lib', ['views', 'shell', 'studio', 'export', 'App'])).toEqual([]);
  });

  it('the views never import the shell, the studio or the app', () => {
    expect(imports('views', ['shell', 'studio', 'App'])).toEqual([]);
  });

  it('the layers of lib/ point down: basics ← geo ← data ← i18n ← catalog ← downloads and state (side by side)', () => {
    const below: Record<string, string[]> = {
      'lib/basics': [],
      'lib/geo': ['lib/basics'],
      'lib/data': ['lib/basics', 'lib/geo'],
      'lib/i18n': ['lib/basics', 'lib/geo', 'lib/data'],
      'lib/catalog': ['lib/basics', 'lib/geo', 'lib/data', 'lib/i18n'],
      'lib/downloads': ['lib/basics', 'lib/geo', 'lib/data', 'lib/i18n', 'lib/catalog'],
      'lib/state': ['lib/basics', 'lib/geo', 'lib/data', 'lib/i18n', 'lib/catalog'],
    };
    const layers = Object.keys(below);
    const wrong = layers.flatMap((from) =>
      imports(
        from,
        layers.filter((to) => to !== from && !below[from]!.includes(to)),
      ),
    );
    expect(wrong).toEqual([]);
  });
});
