/** hashFiles(): placeholder, being written. */
/**
 * @param {string | string[]} patterns
 * @param {{ workspace?: string, followSymbolicLinks?: boolean, explain?: boolean }} [options]
 * @returns {Promise<{ hash: string, files?: { path: string, sha256: string }[] }>}
 */
export function hashFiles(patterns: string | string[], options?: {
    workspace?: string;
    followSymbolicLinks?: boolean;
    explain?: boolean;
}): Promise<{
    hash: string;
    files?: {
        path: string;
        sha256: string;
    }[];
}>;
