// The import graph of src/: every relative import (type-only, dynamic and Vite's
// import.meta.glob ones included), resolved to files, then the cycles among files and among folders.
// Run: node scripts/import-graph.mjs [--json]. Used by tests/unit/architecture.test.ts.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, dirname, resolve, relative } from 'node:path';

const IMPORT =
  /(?:import|export)\s+(?:type\s+)?(?:[^'"`;]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const GLOB = /import\.meta\.glob\b[^(]*\(\s*['"]([^'"]+)['"]/g;
const EXTENSIONS = ['', '.ts', '.svelte.ts', '.js', '.svelte', '/index.ts'];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|svelte|js|mjs)$/.test(name)) out.push(path);
  }
  return out;
}

function resolveImport(from, spec) {
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) {
    const candidate = base + ext;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

// The files a relative glob matches among `files`: a star stands for any name within one folder,
// two stars and a slash for any folders (`./*/index.ts`, `../views/*/export.ts`).
function globMatches(from, pattern, files) {
  const absolute = resolve(dirname(from), pattern);
  const source = absolute
    .split(/(\*\*\/|\*)/)
    .map((part) => (part === '**/' ? '(?:.*/)?' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  const matcher = new RegExp(`^${source}$`);
  return files.filter((f) => matcher.test(f));
}

/** Files and their relative imports inside `root`. */
export function importGraph(root) {
  const graph = new Map();
  const files = walk(root);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = new Set();
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2];
      if (!spec || !spec.startsWith('.')) continue;
      const target = resolveImport(file, spec);
      if (target && target.startsWith(root)) targets.add(relative(root, target));
    }
    for (const match of text.matchAll(GLOB)) {
      if (!match[1].startsWith('.')) continue;
      for (const target of globMatches(file, match[1], files)) targets.add(relative(root, target));
    }
    graph.set(relative(root, file), targets);
  }
  return graph;
}

/** Strongly connected components with more than one member (Tarjan). */
export function cycles(graph) {
  let index = 0;
  const stack = [];
  const on = new Set();
  const idx = new Map();
  const low = new Map();
  const out = [];
  const visit = (v) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        on.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The folder graph: a folder imports another when one of its files does. */
export function folderGraph(graph) {
  const folders = new Map();
  for (const [file, targets] of graph) {
    const from = dirname(file);
    if (!folders.has(from)) folders.set(from, new Set());
    for (const target of targets) {
      const to = dirname(target);
      if (to !== from) folders.get(from).add(to);
    }
  }
  return folders;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const root = resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'src');
  const graph = importGraph(root);
  const fileCycles = cycles(graph);
  const folderCycles = cycles(folderGraph(graph));
  console.log(`${graph.size} files; ${fileCycles.length} file cycles; ${folderCycles.length} folder cycles`);
  for (const c of fileCycles) console.log('file cycle:', c.join(' ↔ '));
  for (const c of folderCycles) console.log('folder cycle:', c.join(' ↔ '));
}
