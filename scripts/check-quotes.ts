/**
 * Check that a dataset's quotes are copied verbatim from the articles they cite.
 *
 *   npm run check-quotes -- <dataset.json> <source-id>=<article.txt> [<source-id>=<article.txt> ...]
 *
 * Exit codes: 0 all quotes found, 1 invalid dataset or a quote missing, 2 bad arguments or a file
 * that cannot be read.
 */
import path from 'node:path';
import { parseDataset } from '../src/lib/data/load';
import { checkQuotes } from '../src/lib/data/quotes';
import { FileProblem, jsonErrorWhere, readText } from './fileAccess.mjs';
import { oneLine, say, warn } from './terminal';

const USAGE = `Usage: npm run check-quotes -- <dataset.json> <source-id>=<article.txt> [<source-id>=<article.txt> ...]
  <source-id> is the id of an entry in the dataset's sources[]; <article.txt> holds that article's text.
  Example: npm run check-quotes -- data/kazakhstan-unga.json orda-2025=articles/orda.txt`;

class UsageError extends Error {}

interface Args {
  dataset: string;
  articles: { source: string; file: string }[];
}

function parseArgs(argv: readonly string[]): Args | 'help' {
  const rest = argv[0] === '--' ? argv.slice(1) : argv;
  if (rest.includes('--help') || rest.includes('-h')) return 'help';
  const unknownOption = rest.find((a) => a.startsWith('-'));
  if (unknownOption) throw new UsageError(`unknown option ${unknownOption}`);
  const [dataset, ...pairs] = rest;
  if (!dataset || pairs.length === 0) {
    throw new UsageError('give the dataset file and at least one <source-id>=<article.txt> pair');
  }
  const articles = pairs.map((pair) => {
    const eq = pair.indexOf('=');
    const source = pair.slice(0, eq).trim();
    const file = pair.slice(eq + 1).trim();
    if (eq < 0 || !source || !file) throw new UsageError(`"${pair}" is not <source-id>=<article.txt>`);
    return { source, file };
  });
  const seen = new Set<string>();
  for (const { source } of articles) {
    if (seen.has(source)) throw new UsageError(`source "${source}" is given twice: give one article per source`);
    seen.add(source);
  }
  return { dataset, articles };
}

// npm runs scripts from the package root; resolve paths against the folder the user typed them in.
const baseDir = process.env.INIT_CWD ?? process.cwd();
const read = (file: string) => readText(path.resolve(baseDir, file));

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args === 'help') {
    say(USAGE);
    return 0;
  }

  let json: unknown;
  const datasetText = read(args.dataset);
  try {
    json = JSON.parse(datasetText);
  } catch (err) {
    warn(
      `${args.dataset} is not valid JSON (${jsonErrorWhere((err as Error).message, datasetText)}): fix the syntax (npm run validate -- FILE says where too)`,
    );
    return 1;
  }
  const loaded = parseDataset(json);
  if (!loaded.ok) {
    warn(
      `${args.dataset} is not a valid dataset (${loaded.problems.length} problem${loaded.problems.length === 1 ? '' : 's'}):`,
    );
    for (const p of loaded.problems) warn(`  ${oneLine(p.path)}: ${oneLine(p.message)}`);
    warn('Fix these first, then check the quotes again.');
    return 1;
  }

  const known = new Set(loaded.data.sources.map((s) => s.id));
  for (const { source } of args.articles) {
    if (!known.has(source)) {
      throw new UsageError(`the dataset has no source with id "${source}"; its sources are: ${[...known].join(', ')}`);
    }
  }

  const articles: Record<string, string> = {};
  for (const { source, file } of args.articles) articles[source] = read(file);

  const ids = args.articles.map((a) => a.source).join(', ');
  const { missing, checked, unchecked } = checkQuotes(loaded.data, articles);
  const note = unchecked ? ` (${unchecked} citation${unchecked === 1 ? '' : 's'} of other sources not checked)` : '';

  if (missing.length === 0) {
    say(`All ${checked} quotes citing ${ids} found verbatim.${note}`);
    return 0;
  }
  for (const m of missing)
    warn(`${oneLine(m.path)} [${oneLine(m.source)}]: not found verbatim:\n  "${oneLine(m.quote)}"`);
  warn(
    `\n${missing.length} of ${checked} quotes citing ${ids} are not in their article${note}. ` +
      'Copy each passage exactly from the article text (same letters, punctuation and curly quotes; only white space may differ).',
  );
  return 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A file that cannot be read is said on one line; anything but that or a usage error is a
    // bug in this script: show the stack, not the usage text.
    if (err instanceof FileProblem) warn(`check-quotes: ${oneLine(err.message)}`);
    else
      warn(
        err instanceof UsageError
          ? `check-quotes: ${err.message}\n\n${USAGE}`
          : err instanceof Error
            ? (err.stack ?? err.message)
            : String(err),
      );
    process.exitCode = 2;
  },
);
