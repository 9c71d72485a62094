// @ts-check
/** Glob expansion for save paths (temporary: replaced by the hashFiles matcher). */
/**
 * @param {string[]} patterns
 * @param {string} workspace
 * @returns {Promise<string[]>}
 */
export async function globPaths(patterns, workspace) {
  throw new Error(`glob patterns are not supported yet: ${patterns.join(', ')} in ${workspace}`);
}
