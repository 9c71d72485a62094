// @ts-check
/**
 * The `path:` patterns of a cache entry: where they point (the roots a restore may write in)
 * and what they match on disk (the members of a saved archive, as actions/cache lists them).
 * It reads directories but never writes.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const GLOB_CHARS = /[*?[]/;

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
 * @param {string} pattern
 * @param {string} home
 */
export function expandTilde(pattern, home) {
  if (pattern === '~') return home;
  if (pattern.startsWith('~/')) return path.join(home, pattern.slice(2));
  return pattern;
}

/**
 * The absolute folder or file each include pattern is rooted at: the pattern itself when it has
 * no glob character, else its segments before the first one. A restore writes only below these.
 * @param {string[]} patterns
 * @param {{ workspace: string, home?: string }} options
 */
export function declaredRoots(patterns, { workspace, home = os.homedir() }) {
  const roots = [];
  for (const raw of patterns) {
    if (raw.startsWith('!') || raw.startsWith('#')) continue;
    const pattern = expandTilde(raw, home);
    const segments = pattern.split('/');
    const literal = [];
    for (const segment of segments) {
      if (GLOB_CHARS.test(segment)) break;
      literal.push(segment);
    }
    const prefix = literal.join('/') || (pattern.startsWith('/') ? '/' : '.');
    roots.push(path.resolve(workspace, prefix));
  }
  return roots;
}

/**
 * The archive members for a save, as actions/cache's `resolvePaths` makes them: each match of
 * the patterns (directories are listed once: tar recurses into them), relative to the
 * workspace with `/` separators, the workspace itself as `.`, paths outside it as `../…`.
 *
 * @param {string[]} patterns
 * @param {{ workspace: string, home?: string, glob?: (patterns: string[], workspace: string) => Promise<string[]> }} options
 *   `glob` expands patterns with glob characters into absolute paths (implicit descendants off).
 * @returns {Promise<{ members: string[], missing: string[] }>}
 */
export async function resolveSavePaths(patterns, { workspace, home = os.homedir(), glob }) {
  const members = [];
  const missing = [];
  const expanded = patterns.map((p) => (p.startsWith('!') ? '!' + expandTilde(p.slice(1), home) : expandTilde(p, home)));
  /** @type {string[]} */
  let absolute = [];
  if (expanded.some((p) => GLOB_CHARS.test(p) || p.startsWith('!'))) {
    if (!glob) throw new Error('glob patterns need a glob expander');
    absolute = await glob(expanded, workspace);
    if (absolute.length === 0) missing.push(...patterns);
  } else {
    for (let i = 0; i < expanded.length; i++) {
      const full = path.resolve(workspace, expanded[i]);
      const st = await fsp.lstat(full).catch(() => null);
      if (st) absolute.push(full);
      else missing.push(patterns[i]);
    }
  }
  const seen = new Set();
  for (const full of absolute) {
    const rel = path.relative(workspace, full).split(path.sep).join('/');
    const member = rel === '' ? '.' : rel;
    if (!seen.has(member)) {
      seen.add(member);
      members.push(member);
    }
  }
  return { members, missing };
}
