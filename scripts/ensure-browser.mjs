#!/usr/bin/env node
// Makes sure Debian's Chromium is present for the browser tests. Playwright's own browser
// download cannot work here (no internet beyond package registries), so we use the distro build.
// The print tests read the PDFs Chromium writes with poppler's pdftotext and pdftoppm.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const onPath = (bin) => {
  try {
    execSync(`command -v ${bin}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
const missing = [
  ...(existsSync(CHROMIUM) ? [] : [{ what: `Chromium (${CHROMIUM})`, pkg: 'chromium' }]),
  ...(onPath('pdftotext') && onPath('pdftoppm') ? [] : [{ what: 'pdftotext and pdftoppm', pkg: 'poppler-utils' }]),
];
if (!missing.length) process.exit(0);

const packages = missing.map((m) => m.pkg).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isRoot) {
  console.error(
    `Not found: ${missing.map((m) => m.what).join(', ')}. Install with "sudo apt-get install -y ${packages}"` +
      (existsSync(CHROMIUM) ? '' : ', or set CHROMIUM_PATH to a Chromium or Chrome binary') +
      ', then run the tests again.',
  );
  process.exit(1);
}
console.log(`Installing Debian ${packages} for the browser tests (once)…`);
try {
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`, {
    stdio: 'inherit',
  });
} catch {
  console.error(`apt-get could not install ${packages}: check that Debian package sources are reachable.`);
  process.exit(1);
}
if (!existsSync(CHROMIUM) || !onPath('pdftotext')) {
  console.error(`apt-get finished but ${missing.map((m) => m.what).join(', ')} is still missing.`);
  process.exit(1);
}
