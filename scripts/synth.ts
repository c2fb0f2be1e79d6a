/**
 * Seeded synthetic datasets for benchmarks and browser tests:
 *
 *   npx tsx scripts/synth.ts --engagements 10000 --seed 1 --out /tmp/synth-10k.json [--pretty]
 *
 * The same arguments write byte-identical files. Check one with `npm run validate -- FILE`.
 * Tests import `synthDataset({ engagements, seed })` instead of committing large files (from a
 * .mjs file, run node with `--import tsx` or use `tsImport` from 'tsx/esm/api').
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { synthDataset } from './synth/generate';
import { checkWritable, FileProblem, writeFile } from './fileAccess.mjs';

export { synthDataset, type SynthOptions } from './synth/generate';

const USAGE = 'usage: npm run synth -- --engagements N [--seed S] --out FILE.json [--pretty]';

/** A file that cannot be written is said on one line, with exit code 2; anything else is a bug. */
function fileFailure(err: unknown): 2 {
  if (!(err instanceof FileProblem)) throw err;
  console.error(`synth: ${err.message}`);
  return 2;
}

function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv.filter((a) => a !== '--'),
      options: {
        engagements: { type: 'string' },
        seed: { type: 'string', default: '1' },
        out: { type: 'string' },
        pretty: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }));
  } catch (err) {
    console.error(`synth: ${(err as Error).message.split('\n')[0]}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const engagements = Number(values.engagements);
  const seed = Number(values.seed);
  if (!values.engagements || !Number.isInteger(engagements) || engagements < 0) {
    console.error(`synth: --engagements must be a whole number such as 10000\n${USAGE}`);
    return 2;
  }
  if (!Number.isInteger(seed)) {
    console.error(`synth: --seed must be a whole number such as 1\n${USAGE}`);
    return 2;
  }
  if (!values.out) {
    console.error(`synth: --out FILE is required (the file is too large for a terminal)\n${USAGE}`);
    return 2;
  }

  const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
  try {
    checkWritable(out); // before generating: a large dataset takes a while
  } catch (err) {
    return fileFailure(err);
  }
  const data = synthDataset({ engagements, seed });
  const text = values.pretty ? `${JSON.stringify(data, null, 2)}\n` : JSON.stringify(data);
  try {
    writeFile(out, text);
  } catch (err) {
    return fileFailure(err);
  }
  const disclosed = data.deals.filter((d) => d.value !== null).length;
  const mb = (Buffer.byteLength(text) / 1e6).toFixed(2);
  console.log(
    `synth: wrote ${out} (${mb} MB): ${data.engagements.length} engagements, ${data.deals.length} deals ` +
      `(${disclosed} disclosed), ${data.actors.length} actors, ${data.sessions.length} sessions, ${data.sources.length} sources`,
  );
  return 0;
}

// Runs as a command only when executed, not when a test imports synthDataset.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
