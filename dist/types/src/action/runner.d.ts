/**
 * The environment variable the runner sets for an input: `INPUT_` + the name upper-cased with
 * spaces turned into underscores (hyphens are kept).
 * @param {string} name
 */
export function inputEnvName(name: string): string;
/**
 * A command's message, escaped as the runner unescapes it.
 * @param {string} s
 */
export function escapeData(s: string): string;
/**
 * A command property's value (`file=…,title=…`): like data, plus `:` and `,`.
 * @param {string} s
 */
export function escapeProperty(s: string): string;
/**
 * One workflow command line (without its newline): `::name key=value,key=value::message`.
 * Properties with empty values are left out, as @actions/core does.
 * @param {string} name
 * @param {Record<string, string | undefined>} properties
 * @param {string} message
 */
export function formatCommand(name: string, properties: Record<string, string | undefined>, message: string): string;
/**
 * One entry of a `GITHUB_OUTPUT` / `GITHUB_STATE` / `GITHUB_ENV` file, in the heredoc form the
 * runner reads (`name<<DELIMITER`, the value's lines, `DELIMITER`), ending with a newline.
 * Throws when the name or the value contains the delimiter (a fresh random one makes that
 * impossible in practice) or the name contains a newline or is empty.
 * @param {string} name
 * @param {string} value
 * @param {string} [delimiter]
 */
export function formatFileCommand(name: string, value: string, delimiter?: string): string;
/**
 * Reads a `GITHUB_OUTPUT` / `GITHUB_STATE` / `GITHUB_ENV` file as the runner does: `name=value`
 * lines and `name<<DELIMITER` heredocs; empty lines are skipped. Like the runner's line reader,
 * `\r\n`, `\n` and `\r` all end a line, and a heredoc's lines are joined with `\n`. Later
 * entries win in the map.
 * @param {string} text
 * @returns {{ entries: [string, string][], values: Record<string, string> }}
 */
export function parseFileCommands(text: string): {
    entries: [string, string][];
    values: Record<string, string>;
};
/**
 * Removes the query and fragment of every http(s) URL in a text: signed URLs carry their
 * signature there.
 * @param {string} text
 */
export function redactUrls(text: string): string;
/**
 * @typedef {object} RunnerOptions
 * @property {NodeJS.ProcessEnv} [env] default `process.env`
 * @property {(text: string) => void} [write] standard output (default `process.stdout.write`)
 * @property {() => string} [delimiter] heredoc delimiters (default `ghadelimiter_<uuid>`)
 */
/**
 * The runner as seen from one step.
 * @param {RunnerOptions} [options]
 */
export function createRunner(options?: RunnerOptions): {
    env: NodeJS.ProcessEnv;
    /** Whether the step is marked failed (`setFailed` was called). */
    readonly failed: boolean;
    /** Whether the runner shows debug lines (`RUNNER_DEBUG=1`, "Enable debug logging"). */
    readonly isDebug: boolean;
    /**
     * An input's raw value ('' when not set); the caller trims and parses.
     * @param {string} name
     */
    input(name: string): string;
    /**
     * A value the main step saved, read back in the post step ('' when absent).
     * @param {string} name
     */
    state(name: string): string;
    /** @param {string} name @param {string} value */
    setOutput(name: string, value: string): void;
    /** @param {string} name @param {string} value */
    saveState(name: string, value: string): void;
    /**
     * Exports a variable to the later steps of the job (and to this process).
     * @param {string} name
     * @param {string} value
     */
    exportVariable(name: string, value: string): void;
    /**
     * Registers a secret: the runner masks it in every log line from now on, and this runner
     * never prints it. The `::add-mask::` line is the one place it appears, as the runner needs.
     * @param {string} secret
     */
    addMask(secret: string): void;
    /** @param {string} message */
    info(message: string): void;
    /** @param {string} message */
    debug(message: string): void;
    /** @param {string} message @param {{ title?: string }} [props] */
    notice(message: string, props?: {
        title?: string;
    }): void;
    /** @param {string} message @param {{ title?: string }} [props] */
    warning(message: string, props?: {
        title?: string;
    }): void;
    /** @param {string} message @param {{ title?: string }} [props] */
    error(message: string, props?: {
        title?: string;
    }): void;
    /**
     * Prints an error annotation and marks the step failed (the process exits with status 1).
     * @param {string} message
     * @param {{ title?: string }} [props]
     */
    setFailed(message: string, props?: {
        title?: string;
    }): void;
    /** @param {string} title */
    startGroup(title: string): void;
    endGroup(): void;
    /**
     * Appends Markdown to the step's summary (`GITHUB_STEP_SUMMARY`), within the runner's 1 MiB
     * per step. Returns false when there is no summary file or the text had to be cut.
     * @param {string} markdown
     */
    appendSummary(markdown: string): boolean;
};
/** @typedef {ReturnType<typeof createRunner>} Runner */
/**
 * Runs one step: creates the runner and awaits `step`. The steps report every expected problem
 * themselves; an error thrown out of one is a bug in cachet, reported as a warning, because
 * caching is best-effort and must not fail the job. Sets `process.exitCode` to 1 when the step
 * called `setFailed`; never calls `process.exit`.
 * @param {(runner: Runner) => Promise<void>} step
 * @param {RunnerOptions} [options]
 */
export function runStep(step: (runner: Runner) => Promise<void>, options?: RunnerOptions): Promise<{
    env: NodeJS.ProcessEnv;
    /** Whether the step is marked failed (`setFailed` was called). */
    readonly failed: boolean;
    /** Whether the runner shows debug lines (`RUNNER_DEBUG=1`, "Enable debug logging"). */
    readonly isDebug: boolean;
    /**
     * An input's raw value ('' when not set); the caller trims and parses.
     * @param {string} name
     */
    input(name: string): string;
    /**
     * A value the main step saved, read back in the post step ('' when absent).
     * @param {string} name
     */
    state(name: string): string;
    /** @param {string} name @param {string} value */
    setOutput(name: string, value: string): void;
    /** @param {string} name @param {string} value */
    saveState(name: string, value: string): void;
    /**
     * Exports a variable to the later steps of the job (and to this process).
     * @param {string} name
     * @param {string} value
     */
    exportVariable(name: string, value: string): void;
    /**
     * Registers a secret: the runner masks it in every log line from now on, and this runner
     * never prints it. The `::add-mask::` line is the one place it appears, as the runner needs.
     * @param {string} secret
     */
    addMask(secret: string): void;
    /** @param {string} message */
    info(message: string): void;
    /** @param {string} message */
    debug(message: string): void;
    /** @param {string} message @param {{ title?: string }} [props] */
    notice(message: string, props?: {
        title?: string;
    }): void;
    /** @param {string} message @param {{ title?: string }} [props] */
    warning(message: string, props?: {
        title?: string;
    }): void;
    /** @param {string} message @param {{ title?: string }} [props] */
    error(message: string, props?: {
        title?: string;
    }): void;
    /**
     * Prints an error annotation and marks the step failed (the process exits with status 1).
     * @param {string} message
     * @param {{ title?: string }} [props]
     */
    setFailed(message: string, props?: {
        title?: string;
    }): void;
    /** @param {string} title */
    startGroup(title: string): void;
    endGroup(): void;
    /**
     * Appends Markdown to the step's summary (`GITHUB_STEP_SUMMARY`), within the runner's 1 MiB
     * per step. Returns false when there is no summary file or the text had to be cut.
     * @param {string} markdown
     */
    appendSummary(markdown: string): boolean;
}>;
/** The runner caps each step's summary at 1 MiB; beyond that it refuses the whole upload. */
export const SUMMARY_LIMIT: number;
export type RunnerOptions = {
    /**
     * default `process.env`
     */
    env?: NodeJS.ProcessEnv | undefined;
    /**
     * standard output (default `process.stdout.write`)
     */
    write?: ((text: string) => void) | undefined;
    /**
     * heredoc delimiters (default `ghadelimiter_<uuid>`)
     */
    delimiter?: (() => string) | undefined;
};
export type Runner = ReturnType<typeof createRunner>;
