/**
 * @param {string[]} patterns path patterns (`!` excludes, `~` for the home folder)
 * @param {string} workspace relative patterns resolve here
 * @param {{ homeDir?: string }} [options]
 * @returns {Promise<string[]>} absolute matches, in the globber's order
 */
export function globPaths(patterns: string[], workspace: string, { homeDir }?: {
    homeDir?: string;
}): Promise<string[]>;
