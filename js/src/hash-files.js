// @ts-check
/** hashFiles(): placeholder, being written. */
/**
 * @param {string | string[]} patterns
 * @param {{ workspace?: string, followSymbolicLinks?: boolean, explain?: boolean }} [options]
 * @returns {Promise<{ hash: string, files?: { path: string, sha256: string }[] }>}
 */
export async function hashFiles(patterns, options = {}) {
  throw new Error(`hashFiles is not built yet (${patterns} ${JSON.stringify(options)})`);
}
