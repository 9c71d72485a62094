/**
 * Splits a multi-line `path:` input the way actions/cache does: one pattern a line, trimmed,
 * empty lines dropped, a leading `! ` folded to `!`.
 * @param {string} text
 */
export function splitPathInput(text: string): string[];
/**
 * The absolute folders or files the include patterns are rooted at (the globber's search
 * paths: each pattern up to its first glob segment, `~` expanded, nested ones dropped). A
 * restore writes only below these.
 * @param {string[]} patterns
 * @param {{ workspace: string, home?: string }} options
 */
export function declaredRoots(patterns: string[], { workspace, home }: {
    workspace: string;
    home?: string;
}): string[];
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
export function resolveSavePaths(patterns: string[], { workspace, glob }: {
    workspace: string;
    glob: (patterns: string[], workspace: string) => Promise<string[]>;
}): Promise<{
    members: string[];
    missing: string[];
}>;
