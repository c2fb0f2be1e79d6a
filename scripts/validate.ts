/**
 * Check dataset files with the same code the dashboard runs (parseDataset):
 *
 *   npm run validate -- data/kazakhstan-unga.json [more.json ...]
 *
 * Exit code 0 when every file is valid, 1 when any file has problems, 2 when the command itself
 * is wrong (no file given, a file that cannot be read), so CI can tell a bad dataset from a bad call.
 */
import { resolve } from 'node:path';
import { parseDataset } from '../src/lib/data/load';
import { FileProblem, jsonErrorWhere, readText } from './fileAccess.mjs';
import { oneLine, say, warn } from './terminal';

const USAGE = 'usage: npm run validate -- <dataset.json> [more.json ...]';

type Outcome = 0 | 1 | 2;

function validateFile(name: string): Outcome {
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const file = resolve(process.env.INIT_CWD ?? process.cwd(), name);
  let text: string;
  try {
    text = readText(file);
  } catch (err) {
    if (!(err instanceof FileProblem)) throw err;
    warn(`validate: ${oneLine(err.message)}`);
    return 2;
  }

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    say(
      `${name}: not valid JSON (${jsonErrorWhere((err as Error).message, text)}): fix the syntax (often a trailing comma or a missing quote), then run the check again`,
    );
    return 1;
  }

  const result = parseDataset(json);
  if (result.ok) {
    const { engagements, deals, actors, sessions } = result.data;
    say(
      `${name}: valid (${engagements.length} engagements, ${deals.length} deals, ${actors.length} actors, ${sessions.length} sessions)`,
    );
    return 0;
  }
  for (const problem of result.problems) say(`  ${oneLine(problem.path)}: ${oneLine(problem.message)}`);
  const n = result.problems.length;
  say(`${name}: invalid, ${n} problem${n === 1 ? '' : 's'} (listed above): fix them, then run the check again`);
  return 1;
}

function main(args: readonly string[]): Outcome {
  // `tsx scripts/validate.ts -- a.json` passes the "--" through; npm does not.
  const files = args.filter((a) => a !== '--');
  if (files.includes('-h') || files.includes('--help')) {
    say(USAGE);
    return 0;
  }
  const unknownOption = files.find((a) => a.startsWith('-'));
  if (files.length === 0 || unknownOption !== undefined) {
    warn(unknownOption ? `unknown option ${unknownOption}` : 'no dataset file given');
    warn(USAGE);
    return 2;
  }
  let worst: Outcome = 0;
  for (const name of files) worst = Math.max(worst, validateFile(name)) as Outcome;
  return worst;
}

process.exitCode = main(process.argv.slice(2));
