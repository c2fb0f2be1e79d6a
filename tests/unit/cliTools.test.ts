// @vitest-environment node
// What every command-line tool does alike, run as real processes (a second or two each, none
// starts Vite): --help and -h, file-system errors on one line, a byte-order mark accepted.
// The export and validate specifics are in exportCli.test.ts and validateCli.test.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineFileError, ROOT, runTool } from '../cli';

const scratch = mkdtempSync(join(tmpdir(), 'cli-tools-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('every command-line tool', { timeout: 60_000 }, () => {
  const tools = [
    { script: 'scripts/validate.ts', usage: 'npm run validate -- <dataset.json>' },
    { script: 'scripts/export.ts', usage: 'npm run export -- --view <view>' },
    { script: 'scripts/check-quotes.ts', usage: 'npm run check-quotes -- <dataset.json>' },
    { script: 'scripts/synth.ts', usage: 'npm run synth -- --engagements N' },
    { script: 'scripts/write-schema.ts', usage: 'npm run schema' },
    { script: 'scripts/bench.mjs', usage: 'npm run bench -- [--sizes' },
  ];
  it.each(tools.flatMap((tool) => ['--help', '-h'].map((flag) => ({ ...tool, flag }))))(
    '$script answers $flag with its usage',
    ({ script, usage, flag }) => {
      const run = runTool(script, [flag], 30_000);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/^usage:/im);
      expect(run.stdout).toContain(usage);
      // Nothing else ran: no benchmark, no file written.
      expect(run.stdout).not.toMatch(/built|wrote|bench:/);
      expect(run.status).toBe(0);
    },
  );
});

describe('npm run check-quotes', { timeout: 30_000 }, () => {
  const dataset = readFileSync(join(ROOT, 'tests/fixtures/minimal.json'), 'utf8');
  const article =
    'Pat Writer reports. An agreement with Acme Rail was signed. Acme Rail agreed to build up to 100 locomotives. A roundtable was held.';

  it('reads a dataset and an article that start with a byte-order mark', () => {
    writeFileSync(join(scratch, 'bom.json'), `\ufeff${dataset}`);
    writeFileSync(join(scratch, 'bom.txt'), `\ufeff${article}`);
    const run = runTool('scripts/check-quotes.ts', [
      join(scratch, 'bom.json'),
      `sample-gazette-2017=${join(scratch, 'bom.txt')}`,
    ]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^All 3 quotes citing sample-gazette-2017 found verbatim/);
    expect(run.status).toBe(0);
  });

  it.each([
    {
      name: 'a missing dataset',
      args: ['tests/fixtures/no-such.json', 'sample-gazette-2017=x.txt'],
      file: join(ROOT, 'tests/fixtures/no-such.json'),
    },
    {
      name: 'a missing article',
      args: ['tests/fixtures/minimal.json', 'sample-gazette-2017=no-such.txt'],
      file: join(ROOT, 'no-such.txt'),
    },
    {
      name: 'a folder given as the article',
      args: ['tests/fixtures/minimal.json', 'sample-gazette-2017=tests'],
      file: join(ROOT, 'tests'),
    },
  ])('says on one line that it cannot read $name', ({ args, file }) => {
    expectOneLineFileError(runTool('scripts/check-quotes.ts', args), file);
  });
});

describe('file-system errors of the tools that write', { timeout: 30_000 }, () => {
  it('synth: --out in a missing folder, before generating anything', () => {
    const out = join(scratch, 'missing', 'synth.json');
    const run = runTool('scripts/synth.ts', ['--engagements', '10', '--out', out]);
    expectOneLineFileError(run, out);
    expect(run.stderr).toContain('create the folder or write elsewhere');
  });

  it('bench: --out under a file, before building or starting a browser', () => {
    const out = join(ROOT, 'package.json', 'bench.json');
    const run = runTool('scripts/bench.mjs', ['--out', out, '--no-build'], 20_000);
    expectOneLineFileError(run, out);
    expect(run.stdout).toBe('');
  });
});
