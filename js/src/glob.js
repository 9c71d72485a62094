// @ts-check
/**
 * Resolves the `path:` patterns of a save exactly as actions/cache does: `@actions/glob` with
 * `implicitDescendants: false` and its other defaults (links followed, broken links omitted,
 * folders matched). A matched folder is yielded once (tar archives what is below it). The
 * pattern semantics are the core's matcher (the same one hashFiles uses); this module only
 * walks. It reads directories and never writes.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HashFilesMatcher } from './wasm.js';

const MATCH_DIRECTORY = 1;
const MATCH_FILE = 2;

/**
 * @param {string[]} patterns path patterns (`!` excludes, `~` for the home folder)
 * @param {string} workspace relative patterns resolve here
 * @param {{ homeDir?: string }} [options]
 * @returns {Promise<string[]>} absolute matches, in the globber's order
 */
export async function globPaths(patterns, workspace, { homeDir = os.homedir() } = {}) {
  const matcher = HashFilesMatcher.forCachePaths(patterns.join('\n'), path.resolve(workspace), homeDir);
  try {
    const out = [];
    /** @type {{ path: string, level: number }[]} */
    const stack = [];
    for (const root of matcher.searchRoots()) {
      if (await fsp.lstat(root).catch(() => null)) stack.unshift({ path: root, level: 1 });
    }
    /** Real paths of the folders on the current branch, for cycle detection. */
    /** @type {string[]} */
    const chain = [];
    while (stack.length) {
      const item = /** @type {{ path: string, level: number }} */ (stack.pop());
      const bits = matcher.classify(item.path);
      if (bits === 0) continue;
      const match = bits & 3;
      const stats = await fsp.stat(item.path).catch(() => null);
      if (!stats) continue; // a broken link, or gone: omitted, as the globber does
      if (stats.isDirectory()) {
        const real = await fsp.realpath(item.path);
        while (chain.length >= item.level) chain.pop();
        if (chain.includes(real)) continue; // a link cycle
        chain.push(real);
        if (match & MATCH_DIRECTORY) out.push(item.path);
        else if (match === 0 && !(bits & 4)) continue;
        const names = await fsp.readdir(item.path);
        for (let i = names.length - 1; i >= 0; i--) stack.push({ path: path.join(item.path, names[i]), level: item.level + 1 });
      } else if (match & MATCH_FILE) {
        out.push(item.path);
      }
    }
    return out;
  } finally {
    matcher.free();
  }
}
