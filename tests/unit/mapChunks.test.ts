// @vitest-environment node
/**
 * The map view's shell is in the page's first chunk; MapLibre, the basemap and d3-geo must not
 * be. This follows the shell's static imports (type-only and dynamic ones are not in the chunk)
 * and checks that none of them is reached; the browser test checks the built files too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers';

const LAZY = ['maplibre-gl', 'd3-geo', 'world-atlas', 'topojson-client'];
const LAZY_FILES = [
  'src/views/WorldMap/mapLoader.ts',
  'src/views/WorldMap/geometry.ts',
  'src/views/WorldMap/framing.ts',
  'src/views/WorldMap/mapScreen.ts',
  'src/views/WorldMap/sitePlacement.ts',
  'src/views/WorldMap/style.ts',
  'src/views/WorldMap/featureStates.ts',
  'src/views/WorldMap/maplibrePaint.ts',
  'src/views/WorldMap/maplibreView.ts',
  'src/lib/geo/loadBasemap.ts',
];

/** Specifiers a file imports statically (not `import type`, not `import()`). */
function staticImports(file: string): string[] {
  let code = readFileSync(file, 'utf8');
  if (file.endsWith('.svelte'))
    code = [...code.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  return [...code.matchAll(/^\s*import\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}/index.ts`].find((p) => existsSync(p) && !p.endsWith('/'));
}

it('keeps MapLibre, the basemap and d3-geo out of the map shell’s static imports', () => {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const queue = [path.join(ROOT, 'src/views/WorldMap/WorldMap.svelte')];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(file)) {
      if (!spec.startsWith('.')) bare.add(spec);
      else if (/\.(svelte|ts)$/.test(spec) || !path.extname(spec)) {
        const target = resolve(file, spec);
        if (target) queue.push(target);
      }
    }
  }
  const files = [...seen].map((f) => path.relative(ROOT, f));
  expect(files).toContain('src/views/WorldMap/model.ts');
  for (const lazy of LAZY_FILES) expect(files).not.toContain(lazy);
  for (const lib of LAZY) expect([...bare].filter((b) => b === lib || b.startsWith(`${lib}/`))).toEqual([]);
});
