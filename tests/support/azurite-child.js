// @ts-check
/**
 * Child-process entry that runs the real Azurite blob service (azurite 3.x, `azurite-blob`) under a
 * watchdog. Started only by `startAzurite()` in ./azurite.js; never import it.
 *
 * argv: `<maxLifetimeMs> <azurite-blob arguments...>`
 *
 * The process exits by itself:
 *  - when its stdin reaches end-of-file, i.e. when the parent (the test process) exits or dies,
 *    even by SIGKILL, because the parent holds the write end of that pipe;
 *  - after `maxLifetimeMs` (a hard upper bound on its lifetime, whatever the parent does).
 * It never writes anywhere but its working directory (a temp dir named cachet-azurite-*, which it
 * removes when it exits by itself and the parent removes otherwise) and, with
 * `--inMemoryPersistence`, not even there.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const [lifetimeArg, ...azuriteArgs] = process.argv.slice(2);
const maxLifetimeMs = Number(lifetimeArg);
if (!Number.isFinite(maxLifetimeMs) || maxLifetimeMs <= 0) {
  console.error(`azurite-child: bad lifetime ${lifetimeArg}`);
  process.exit(2);
}

// The parent made our cwd (a fresh temp dir) for us; remove it whenever we exit by ourselves.
const workDir = process.cwd();
process.on('exit', () => {
  if (path.basename(workDir).startsWith('cachet-azurite-')) {
    try {
      rmSync(workDir, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }
});

process.stdin.on('end', () => process.exit(0));
process.stdin.on('close', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
// Unref'd: the HTTP server keeps the loop alive; the timer still fires while it runs.
setTimeout(() => {
  console.error(`azurite-child: maximum lifetime of ${maxLifetimeMs} ms reached, exiting`);
  process.exit(0);
}, maxLifetimeMs).unref();
// Writes to a closed stdout/stderr (parent gone) must not crash into an unhandled error loop.
process.stdout.on('error', () => process.exit(0));
process.stderr.on('error', () => process.exit(0));

const require = createRequire(import.meta.url);
const main = require.resolve('azurite/dist/src/blob/main.js');
process.argv = [process.argv[0], main, ...azuriteArgs];
require(main);
