/**
 * Runs the CLI and returns the exit status.
 * @param {string[]} argv arguments after the program name
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, out?: (s: string) => void, err?: (s: string) => void }} [io]
 * @returns {Promise<number>}
 */
export function runCli(argv: string[], io?: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    out?: (s: string) => void;
    err?: (s: string) => void;
}): Promise<number>;
export type CliContext = {
    options: Record<string, any>;
    positionals: string[];
    env: NodeJS.ProcessEnv;
    cwd: string;
    /**
     * one line to standard output
     */
    out: (line: string) => void;
    /**
     * one line to standard error
     */
    err: (line: string) => void;
};
