// @vitest-environment node
// Runs the real command, one process per case (about a second each): exit codes and wording CI relies on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');

function validate(...args: string[]) {
  // INIT_CWD would be where an outer `npm run` started; the paths here are relative to the root.
  const { INIT_CWD: _, ...env } = process.env;
  const run = spawnSync(tsx, ['scripts/validate.ts', ...args], { cwd: root, env, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

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

  it('exits 2 when a file cannot be read', () => {
    const run = validate('tests/fixtures/no-such-file.json');
    expect(run.stderr).toMatch(/no-such-file\.json: cannot read .*\(ENOENT\): check the path/);
    expect(run.stderr).toMatch(/usage:/);
    expect(run.status).toBe(2);
  });
});
