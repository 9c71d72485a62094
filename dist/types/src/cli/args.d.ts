/**
 * @param {string[]} argv
 * @param {OptionSpecs} specs
 * @returns {{ options: Record<string, any>, positionals: string[] }}
 */
export function parseArgs(argv: string[], specs: OptionSpecs): {
    options: Record<string, any>;
    positionals: string[];
};
/**
 * @param {OptionSpecs} specs
 * @returns {string}
 */
export function formatOptions(specs: OptionSpecs): string;
/**
 * A small, strict command-line parser for the `cachet` CLI: long options only (`--name value`,
 * `--name=value`, repeatable lists, boolean flags), positional arguments, and errors that name
 * the option at fault. It reads nothing but the argument list it is given.
 */
/**
 * @typedef {{ type: 'string' | 'list' | 'boolean', help: string, value?: string }} OptionSpec
 * @typedef {Record<string, OptionSpec>} OptionSpecs
 * @typedef {object} Command
 * @property {string} name one or two words (`save`, `key version`)
 * @property {string} usage
 * @property {string} summary
 * @property {string} [description]
 * @property {OptionSpecs} options
 * @property {(ctx: import('./main.js').CliContext) => Promise<number>} run resolves to the exit status
 */
export class UsageError extends Error {
    /** @param {string} message */
    constructor(message: string);
    code: string;
}
export type OptionSpec = {
    type: "string" | "list" | "boolean";
    help: string;
    value?: string;
};
export type OptionSpecs = Record<string, OptionSpec>;
export type Command = {
    /**
     * one or two words (`save`, `key version`)
     */
    name: string;
    usage: string;
    summary: string;
    description?: string | undefined;
    options: OptionSpecs;
    /**
     * resolves to the exit status
     */
    run: (ctx: import("./main.js").CliContext) => Promise<number>;
};
