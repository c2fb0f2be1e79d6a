// @vitest-environment node
// Runs the real command, one process per case (about a second each): exit codes and wording CI relies on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOneLineFileError, ROOT, runTool } from '../cli';

const validate = (...args: string[]) => runTool('scripts/validate.ts', args, 30_000);

const scratch = mkdtempSync(join(tmpdir(), 'validate-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run validate', { timeout: 30_000 }, () => {
  it('exits 0 and counts the records of a valid file', () => {
    const run = validate('tests/fixtures/minimal.json');
    expect(run.stdout).toBe('tests/fixtures/minimal.json: valid (3 engagements, 2 deals, 7 actors, 2 sessions)\n');
    expect(run.status).toBe(0);
  });

  it('exits 1 when any file is invalid, listing its problems by path, and still checks the rest', () => {
    const run = validate('tests/fixtures/broken.json', 'tests/fixtures/minimal.json');
    expect(run.stdout).toMatch(/^ {2}deals\[1\]\.value\.usd: usd must be positive/m);
    expect(run.stdout).toMatch(/^ {2}engagements\[1\]\.citations\[0\]\.quote: /m);
    expect(run.stdout).toMatch(/^tests\/fixtures\/broken\.json: invalid, 2 problems/m);
    expect(run.stdout).toMatch(/^tests\/fixtures\/minimal\.json: valid/m);
    expect(run.status).toBe(1);
  });

  it('exits 1 and names the file and the line of a JSON syntax error', () => {
    const file = join(scratch, 'trailing-comma.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n}\n');
    const run = validate(file);
    expect(run.stdout).toContain(`${file}: not valid JSON`);
    expect(run.stdout).toMatch(/line 3 column 1\): fix the syntax/);
    expect(run.status).toBe(1);
  });

  it('exits 2 with a usage line when no file is given', () => {
    const run = validate();
    expect(run.stderr).toMatch(/usage: npm run validate -- <dataset\.json>/);
    expect(run.stdout).toBe('');
    expect(run.status).toBe(2);
  });

  it('exits 2 with one line naming the path when a file cannot be read', () => {
    const run = validate('tests/fixtures/no-such-file.json');
    expectOneLineFileError(run, join(ROOT, 'tests/fixtures/no-such-file.json'));
    expect(run.stderr).toMatch(/\(ENOENT: no such file\): check the path/);
  });

  it('reads a file that starts with a byte-order mark', () => {
    const file = join(scratch, 'bom.json');
    writeFileSync(file, `\ufeff${readFileSync(join(ROOT, 'tests/fixtures/minimal.json'), 'utf8')}`);
    const run = validate(file);
    expect(run.stdout).toBe(`${file}: valid (3 engagements, 2 deals, 7 actors, 2 sessions)\n`);
    expect(run.status).toBe(0);
  });
});
