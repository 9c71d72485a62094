// @ts-check
/**
 * The `path:` patterns of a cache entry: where they point (the roots a restore may write in)
 * and what they match on disk (the members of a saved archive, as actions/cache lists them).
 * It reads directories but never writes.
 */
import os from 'node:os';
import path from 'node:path';
import { HashFilesMatcher } from './wasm.js';

/**
 * Splits a multi-line `path:` input the way actions/cache does: one pattern a line, trimmed,
 * empty lines dropped, a leading `! ` folded to `!`.
 * @param {string} text
 */
export function splitPathInput(text) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => line.replace(/^!\s+/, '!'));
}

/**
 * The absolute folders or files the include patterns are rooted at (the globber's search
 * paths: each pattern up to its first glob segment, `~` expanded, nested ones dropped). A
 * restore writes only below these.
 * @param {string[]} patterns
 * @param {{ workspace: string, home?: string }} options
 */
export function declaredRoots(patterns, { workspace, home = os.homedir() }) {
  const matcher = HashFilesMatcher.forCachePaths(patterns.join('\n'), path.resolve(workspace), home);
  try {
    return matcher.searchRoots();
  } finally {
    matcher.free();
  }
}

/**
 * The archive members for a save, as actions/cache's `resolvePaths` makes them: each match of
 * the patterns (directories are listed once: tar recurses into them), relative to the
 * workspace with `/` separators, the workspace itself as `.`, paths outside it as `../…`.
 *
 * @param {string[]} patterns
 * @param {{ workspace: string, glob: (patterns: string[], workspace: string) => Promise<string[]> }} options
 *   `glob` expands the patterns into absolute paths (`@actions/glob` without implicit descendants)
 * @returns {Promise<{ members: string[], missing: string[] }>} `missing`: the patterns, when nothing matched
 */
export async function resolveSavePaths(patterns, { workspace, glob }) {
  const absolute = await glob(patterns, workspace);
  const members = absolute.map((full) => {
    const rel = path.relative(workspace, full).split(path.sep).join('/');
    return rel === '' ? '.' : rel;
  });
  return { members, missing: members.length ? [] : patterns.filter((p) => !p.startsWith('!')) };
}
