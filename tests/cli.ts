/**
 * Running the real command-line tools from tests: the same process a person starts with
 * `npm run <tool>`, from the repository root.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ToolRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `script` is relative to the root (scripts/export.ts); .ts files run through tsx, .mjs through node. */
export function runTool(script: string, args: readonly string[], timeout = 60_000): ToolRun {
  // INIT_CWD would be where an outer `npm run` started; the paths here are relative to the root.
  const { INIT_CWD: _, ...env } = process.env;
  const command = script.endsWith('.ts') ? path.join(ROOT, 'node_modules/.bin/tsx') : process.execPath;
  const run = spawnSync(command, [script, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A file-system error as every tool must report it: exit 2, one line naming the file, no stack. */
export function expectOneLineFileError(run: ToolRun, file: string): void {
  expect(run.stderr.trimEnd().split('\n'), run.stderr).toHaveLength(1);
  expect(run.stderr).toContain(file);
  expect(run.stderr).toMatch(/cannot (read|write) .*\(E[A-Z]+: .*\): \w/);
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.status).toBe(2);
}
