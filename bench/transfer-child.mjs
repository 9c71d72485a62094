// One timed save or restore, in its own process, by cachet or by @actions/cache, against the
// service whose ACTIONS_* variables are in the environment. Prints one JSON line:
// { ms, maxRssMB, result }. Used by bench/transfer.mjs; not a test.
//
//   node bench/transfer-child.mjs cachet|actions save|restore KEY WORKSPACE PATH
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [tool, op, key, workspace, cachePath] = process.argv.slice(2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(workspace);
process.env.GITHUB_WORKSPACE = workspace;

const started = performance.now();
let result;
if (tool === 'cachet') {
  const cachet = await import(path.join(root, 'dist/index.js'));
  const r = op === 'save' ? await cachet.saveCache([cachePath], key) : await cachet.restoreCache([cachePath], key);
  result = { outcome: r.outcome, size: r.size, message: r.message };
} else {
  // @actions/cache logs through @actions/core to stdout: keep our stdout for the JSON line.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => process.stderr.write(chunk, ...rest);
  const cache = await import('@actions/cache');
  const r = op === 'save' ? await cache.saveCache([cachePath], key) : await cache.restoreCache([cachePath], key);
  process.stdout.write = write;
  result = { outcome: op === 'save' ? (r > 0 ? 'saved' : 'failed') : r ? 'hit' : 'miss' };
}
const ms = performance.now() - started;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify({ ms, maxRssMB, result }) + '\n');
