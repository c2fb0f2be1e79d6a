/**
 * Zod's configuration, set before any schema is built or parsed: schema.ts imports this first, so
 * every bundle that validates data (the page, the dataset worker, the studio, the command line)
 * runs it.
 *
 * jitless: zod 4 compiles a fast object parser with `new Function` and, to find out whether it
 * may, first calls `Function('')`. The page runs under `script-src 'self'` (no 'unsafe-eval', see
 * index.html and the security headers in docs/hosting.md), so that probe fails; zod catches the error and
 * falls back, but the browser still fires a `securitypolicyviolation` (and sends a report, where
 * the host collects them) on every load. Jitless skips the probe and the compiled path: the same
 * checks and messages, no violation, and little cost (validating a large file takes about as long
 * either way).
 */
import { z } from 'zod';

z.config({ jitless: true });
