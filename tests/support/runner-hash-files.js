// @ts-check
/**
 * The reference: the Actions runner's hashFiles() script
 * (actions/runner src/Misc/expressionFunc/hashFiles/src/hashFiles.ts), ported line by line
 * onto the real `@actions/glob` 0.7.0. Tests and the benchmark compare cachet against it.
 *
 * Two ways in:
 * - `runnerHashFiles(patterns, { workspace, followSymbolicLinks })` runs it in this process:
 *   it changes the current directory to the workspace for the duration of the call (the runner
 *   starts the script there), so do not run two calls at once. Besides the hash it returns the
 *   files in the order they were hashed.
 * - `node tests/support/runner-hash-files.js` with the environment variables `patterns` and
 *   `followSymbolicLinks` in the workspace behaves like the runner's script: it prints the same
 *   lines and `__OUTPUT__<hash>__OUTPUT__` on standard error.
 *
 * Deviations, none of which changes a result: the in-process form prints nothing (the runner
 * logs every file) and drops `@actions/core`'s `::debug::` lines, which the runner hides.
 * It never writes to the tree it hashes.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import stream from 'node:stream';
import util from 'node:util';
import { fileURLToPath } from 'node:url';
import * as glob from '@actions/glob';

/**
 * @typedef {object} RunnerResult
 * @property {string} hash 64 hex characters, or '' when no file matched
 * @property {{ path: string, sha256: string }[]} files hashed, in order; `path` is what the globber yielded
 */

/**
 * The runner's `run()`, with its logging made optional.
 * @param {string} matchPatterns patterns joined by '\n'
 * @param {boolean} followSymbolicLinks
 * @param {(line: string) => void} log
 * @returns {Promise<RunnerResult>}
 */
async function run(matchPatterns, followSymbolicLinks, log) {
  if (followSymbolicLinks) log('Follow symbolic links');
  log(`Match Pattern: ${matchPatterns}`);
  let hasMatch = false;
  const githubWorkspace = process.cwd();
  const result = crypto.createHash('sha256');
  let count = 0;
  const files = [];
  const globber = await glob.create(matchPatterns, { followSymbolicLinks });
  for await (const file of globber.globGenerator()) {
    log(file);
    if (!file.startsWith(`${githubWorkspace}${path.sep}`)) {
      log(`Ignore '${file}' since it is not under GITHUB_WORKSPACE.`);
      continue;
    }
    if (fs.statSync(file).isDirectory()) {
      log(`Skip directory '${file}'.`);
      continue;
    }
    const hash = crypto.createHash('sha256');
    const pipeline = util.promisify(stream.pipeline);
    await pipeline(fs.createReadStream(file), hash);
    const digest = hash.digest();
    result.write(digest);
    files.push({ path: file, sha256: digest.toString('hex') });
    count++;
    if (!hasMatch) {
      hasMatch = true;
    }
  }
  result.end();
  return { hash: hasMatch ? result.digest('hex') : '', files };
}

/**
 * Runs the runner's hashFiles() script in this process, in `workspace`.
 * @param {string | string[]} patterns one pattern per argument, as in `hashFiles('a', 'b')`
 * @param {{ workspace: string, followSymbolicLinks?: boolean }} options
 * @returns {Promise<RunnerResult>}
 */
export async function runnerHashFiles(patterns, { workspace, followSymbolicLinks = false }) {
  const matchPatterns = Array.isArray(patterns) ? patterns.join('\n') : patterns;
  const previous = process.cwd();
  const write = process.stdout.write;
  process.chdir(workspace);
  // @actions/core writes `::debug::` commands to standard output; the runner hides them.
  process.stdout.write = /** @type {any} */ (
    function (/** @type {any} */ chunk, /** @type {any[]} */ ...rest) {
      if (String(chunk).startsWith('::debug::')) return true;
      return write.call(process.stdout, chunk, ...rest);
    }
  );
  try {
    return await run(matchPatterns, followSymbolicLinks, () => {});
  } finally {
    process.stdout.write = write;
    process.chdir(previous);
  }
}

// As a program: the runner's script itself.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (async () => {
    try {
      const { hash } = await run(process.env.patterns || '', process.env.followSymbolicLinks === 'true', (l) =>
        console.log(l),
      );
      console.error(`__OUTPUT__${hash}__OUTPUT__`);
      process.exit(0);
    } catch (err) {
      console.error(err);
      process.exit(1);
    }
  })();
}
