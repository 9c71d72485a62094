// @ts-check
/**
 * The `cachet` command line: parses arguments, runs one command, prints its result and sets the
 * exit status (0 success, 1 error, 2 cache miss with --fail-on-cache-miss). Commands live in
 * their own modules; this file only dispatches and reports.
 */
import process from 'node:process';
import { formatOptions, parseArgs, UsageError } from './args.js';
import { commands } from './commands.js';

const VERSION = '0.1.0';

/**
 * @typedef {object} CliContext
 * @property {Record<string, any>} options
 * @property {string[]} positionals
 * @property {NodeJS.ProcessEnv} env
 * @property {string} cwd
 * @property {(line: string) => void} out  one line to standard output
 * @property {(line: string) => void} err  one line to standard error
 */

function mainHelp() {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'cachet: a GitHub Actions cache engine (keys, save/restore over the cache service v2, a local store)',
    '',
    'Usage: cachet <command> [options]',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `cachet <command> --help` for a command\'s options.',
    'Without ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN, save and restore use the local store (~/.cache/cachet).',
  ].join('\n');
}

/**
 * @param {typeof commands[number]} command
 */
function commandHelp(command) {
  return [
    `Usage: cachet ${command.name} ${command.usage}`,
    '',
    command.description ?? command.summary,
    '',
    'Options:',
    formatOptions({ ...command.options, help: { type: 'boolean', help: 'show this help' } }),
  ].join('\n');
}

/**
 * Runs the CLI and returns the exit status.
 * @param {string[]} argv arguments after the program name
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, out?: (s: string) => void, err?: (s: string) => void }} [io]
 * @returns {Promise<number>}
 */
export async function runCli(argv, io = {}) {
  const out = io.out ?? ((s) => process.stdout.write(s + '\n'));
  const err = io.err ?? ((s) => process.stderr.write(s + '\n'));
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help' || argv[0] === '-h') {
    out(mainHelp());
    return 0;
  }
  if (argv[0] === '--version') {
    out(VERSION);
    return 0;
  }
  // Commands may have two words (`key version`).
  const command = commands.find((c) => {
    const words = c.name.split(' ');
    return words.every((w, i) => argv[i] === w);
  });
  if (!command) {
    const group = commands.filter((c) => c.name.startsWith(argv[0] + ' '));
    if (group.length && (argv.length === 1 || argv[1] === '--help')) {
      out(group.map((c) => `cachet ${c.name} ${c.usage}\n    ${c.summary}`).join('\n'));
      return argv.length === 1 ? 1 : 0;
    }
    err(`cachet: unknown command '${argv.slice(0, group.length ? 2 : 1).join(' ')}'. Run \`cachet --help\` for the list.`);
    return 1;
  }
  const rest = argv.slice(command.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    out(commandHelp(command));
    return 0;
  }
  try {
    const { options, positionals } = parseArgs(rest, command.options);
    return await command.run({ options, positionals, env: io.env ?? process.env, cwd: io.cwd ?? process.cwd(), out, err });
  } catch (error) {
    const e = /** @type {any} */ (error);
    if (e instanceof UsageError) {
      err(`cachet ${command.name}: ${e.message}. Run \`cachet ${command.name} --help\`.`);
    } else {
      err(`cachet ${command.name}: ${e?.message ?? e}`);
      if ((io.env ?? process.env).CACHET_DEBUG && e?.stack) err(e.stack);
    }
    return 1;
  }
}

// Run when executed as a program (dist/cli.js is the package's `bin`).
const invoked = process.argv[1] ?? '';
if (/(?:^|[\\/])(?:cli|main)\.js$/.test(invoked) || invoked.endsWith('cachet')) {
  runCli(process.argv.slice(2)).then((status) => {
    process.exitCode = status;
  });
}
