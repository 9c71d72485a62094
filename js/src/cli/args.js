// @ts-check
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
  constructor(message) {
    super(message);
    this.name = 'UsageError';
    this.code = 'usage';
  }
}

/**
 * @param {string[]} argv
 * @param {OptionSpecs} specs
 * @returns {{ options: Record<string, any>, positionals: string[] }}
 */
export function parseArgs(argv, specs) {
  /** @type {Record<string, any>} */
  const options = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.type === 'list') options[name] = [];
    if (spec.type === 'boolean') options[name] = false;
  }
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option '${arg}' (options are long: --name)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option '--${name}'`);
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`option '--${name}' takes no value`);
      options[name] = true;
      continue;
    }
    let value;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      if (i + 1 >= argv.length) throw new UsageError(`option '--${name}' needs a value`);
      value = argv[++i];
    }
    if (spec.type === 'list') options[name].push(value);
    else options[name] = value;
  }
  return { options, positionals };
}

/**
 * @param {OptionSpecs} specs
 * @returns {string}
 */
export function formatOptions(specs) {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const left = spec.type === 'boolean' ? `--${name}` : `--${name} ${spec.value ?? 'VALUE'}`;
    return [left + (spec.type === 'list' ? ' ...' : ''), spec.help];
  });
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`).join('\n');
}
