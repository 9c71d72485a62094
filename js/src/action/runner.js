// @ts-check
/**
 * The GitHub Actions runner's side of a JavaScript action, without @actions/core: inputs from
 * `INPUT_*`, outputs, state and environment through the `GITHUB_OUTPUT`, `GITHUB_STATE` and
 * `GITHUB_ENV` files (heredoc format), the job summary file, and workflow commands on standard
 * output (`::add-mask::`, `::warning::`, `::error::`, `::debug::`, `::group::`) escaped by the
 * runner's rules.
 *
 * It knows nothing about caching. It never prints a registered secret (they are replaced by
 * `***` before any line is written, on top of the runner's own masking) nor the query of a URL
 * (signed URLs carry their signature there), and it never calls `process.exit`.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';

/** The runner caps each step's summary at 1 MiB; beyond that it refuses the whole upload. */
export const SUMMARY_LIMIT = 1024 * 1024;

/**
 * The environment variable the runner sets for an input: `INPUT_` + the name upper-cased with
 * spaces turned into underscores (hyphens are kept).
 * @param {string} name
 */
export function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * A command's message, escaped as the runner unescapes it.
 * @param {string} s
 */
export function escapeData(s) {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * A command property's value (`file=…,title=…`): like data, plus `:` and `,`.
 * @param {string} s
 */
export function escapeProperty(s) {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One workflow command line (without its newline): `::name key=value,key=value::message`.
 * Properties with empty values are left out, as @actions/core does.
 * @param {string} name
 * @param {Record<string, string | undefined>} properties
 * @param {string} message
 */
export function formatCommand(name, properties, message) {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(/** @type {string} */ (v))}`)
    .join(',');
  return `::${name}${props ? ' ' + props : ''}::${escapeData(message)}`;
}

/**
 * One entry of a `GITHUB_OUTPUT` / `GITHUB_STATE` / `GITHUB_ENV` file, in the heredoc form the
 * runner reads (`name<<DELIMITER`, the value's lines, `DELIMITER`), ending with a newline.
 * Throws when the name or the value contains the delimiter (a fresh random one makes that
 * impossible in practice) or the name contains a newline or is empty.
 * @param {string} name
 * @param {string} value
 * @param {string} [delimiter]
 */
export function formatFileCommand(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
  if (!name || /[\r\n]/.test(name)) throw new Error(`invalid file command name ${JSON.stringify(name)}`);
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`the name or value of '${name}' contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/**
 * Reads a `GITHUB_OUTPUT` / `GITHUB_STATE` / `GITHUB_ENV` file as the runner does: `name=value`
 * lines and `name<<DELIMITER` heredocs; empty lines are skipped. Like the runner's line reader,
 * `\r\n`, `\n` and `\r` all end a line, and a heredoc's lines are joined with `\n`. Later
 * entries win in the map.
 * @param {string} text
 * @returns {{ entries: [string, string][], values: Record<string, string> }}
 */
export function parseFileCommands(text) {
  const lines = text.split(/\r\n|\r|\n/);
  /** @type {[string, string][]} */
  const entries = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const eq = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (heredoc > 0 && (eq < 0 || heredoc < eq)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!delimiter) throw new Error(`empty delimiter for '${name}' at line ${i + 1}`);
      const value = [];
      let closed = false;
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true;
          break;
        }
        value.push(lines[i]);
      }
      if (!closed) throw new Error(`no closing delimiter ${delimiter} for '${name}'`);
      entries.push([name, value.join('\n')]);
    } else if (eq > 0) {
      entries.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else {
      throw new Error(`invalid line ${i + 1}: ${JSON.stringify(line)}`);
    }
  }
  return { entries, values: Object.fromEntries(entries) };
}

/**
 * Removes the query and fragment of every http(s) URL in a text: signed URLs carry their
 * signature there.
 * @param {string} text
 */
export function redactUrls(text) {
  return text.replace(/\b(https?:\/\/[^\s?#'"`<>]*)[?#][^\s'"`<>]*/gi, '$1');
}

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
export function createRunner(options = {}) {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text) => void process.stdout.write(text));
  const delimiter = options.delimiter ?? (() => `ghadelimiter_${randomUUID()}`);
  /** @type {Set<string>} */
  const secrets = new Set();
  let failed = false;
  let summaryBytes = 0;
  let summaryTruncated = false;

  /** @param {string} text */
  const clean = (text) => {
    let out = redactUrls(text);
    for (const secret of secrets) out = out.split(secret).join('***');
    return out;
  };
  /** @param {string} line */
  const print = (line) => write(line + '\n');
  /** @param {string} name @param {Record<string, string | undefined>} props @param {string} message */
  const command = (name, props, message) => print(formatCommand(name, props, clean(message)));

  /**
   * @param {'OUTPUT' | 'STATE' | 'ENV'} kind
   * @param {string} name
   * @param {string} value
   * @param {string} legacy the workflow command used when the file is not there
   */
  const fileCommand = (kind, name, value, legacy) => {
    const file = env[`GITHUB_${kind}`];
    if (file) {
      fs.appendFileSync(file, formatFileCommand(name, value, delimiter()), 'utf8');
    } else {
      print(formatCommand(legacy, { name }, value));
    }
  };

  const runner = {
    env,
    /** Whether the step is marked failed (`setFailed` was called). */
    get failed() {
      return failed;
    },
    /** Whether the runner shows debug lines (`RUNNER_DEBUG=1`, "Enable debug logging"). */
    get isDebug() {
      return env.RUNNER_DEBUG === '1';
    },
    /**
     * An input's raw value ('' when not set); the caller trims and parses.
     * @param {string} name
     */
    input(name) {
      return env[inputEnvName(name)] ?? '';
    },
    /**
     * A value the main step saved, read back in the post step ('' when absent).
     * @param {string} name
     */
    state(name) {
      return env[`STATE_${name}`] ?? '';
    },
    /** @param {string} name @param {string} value */
    setOutput(name, value) {
      fileCommand('OUTPUT', name, value, 'set-output');
    },
    /** @param {string} name @param {string} value */
    saveState(name, value) {
      fileCommand('STATE', name, value, 'save-state');
    },
    /**
     * Exports a variable to the later steps of the job (and to this process).
     * @param {string} name
     * @param {string} value
     */
    exportVariable(name, value) {
      env[name] = value;
      fileCommand('ENV', name, value, 'set-env');
    },
    /**
     * Registers a secret: the runner masks it in every log line from now on, and this runner
     * never prints it. The `::add-mask::` line is the one place it appears, as the runner needs.
     * @param {string} secret
     */
    addMask(secret) {
      if (!secret) return;
      print(formatCommand('add-mask', {}, secret));
      secrets.add(secret);
      // The runner also masks the escaped forms; so do we.
      const escaped = escapeData(secret);
      if (escaped !== secret) secrets.add(escaped);
    },
    /** @param {string} message */
    info(message) {
      for (const line of clean(message).split('\n')) print(line);
    },
    /** @param {string} message */
    debug(message) {
      command('debug', {}, message);
    },
    /** @param {string} message @param {{ title?: string }} [props] */
    notice(message, props = {}) {
      command('notice', props, message);
    },
    /** @param {string} message @param {{ title?: string }} [props] */
    warning(message, props = {}) {
      command('warning', props, message);
    },
    /** @param {string} message @param {{ title?: string }} [props] */
    error(message, props = {}) {
      command('error', props, message);
    },
    /**
     * Prints an error annotation and marks the step failed (the process exits with status 1).
     * @param {string} message
     * @param {{ title?: string }} [props]
     */
    setFailed(message, props = {}) {
      failed = true;
      command('error', props, message);
    },
    /** @param {string} title */
    startGroup(title) {
      command('group', {}, title);
    },
    endGroup() {
      print('::endgroup::');
    },
    /**
     * Appends Markdown to the step's summary (`GITHUB_STEP_SUMMARY`), within the runner's 1 MiB
     * per step. Returns false when there is no summary file or the text had to be cut.
     * @param {string} markdown
     */
    appendSummary(markdown) {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file || summaryTruncated) return false;
      let text = clean(markdown);
      if (!text.endsWith('\n')) text += '\n';
      let bytes = Buffer.byteLength(text);
      const room = SUMMARY_LIMIT - summaryBytes;
      if (bytes > room) {
        const note = '\n\n*(summary cut: the runner accepts 1 MiB per step)*\n';
        const cut = Buffer.from(text).subarray(0, Math.max(0, room - Buffer.byteLength(note))).toString('utf8').replace(/\uFFFD+$/, '');
        text = cut + note;
        bytes = Buffer.byteLength(text);
        summaryTruncated = true;
      }
      fs.appendFileSync(file, text, 'utf8');
      summaryBytes += bytes;
      return !summaryTruncated;
    },
  };
  return runner;
}

/** @typedef {ReturnType<typeof createRunner>} Runner */

/**
 * Runs one step: creates the runner and awaits `step`. The steps report every expected problem
 * themselves; an error thrown out of one is a bug in cachet, reported as a warning, because
 * caching is best-effort and must not fail the job. Sets `process.exitCode` to 1 when the step
 * called `setFailed`; never calls `process.exit`.
 * @param {(runner: Runner) => Promise<void>} step
 * @param {RunnerOptions} [options]
 */
export async function runStep(step, options) {
  const runner = createRunner(options);
  try {
    await step(runner);
  } catch (e) {
    const err = /** @type {any} */ (e);
    runner.debug(String(err?.stack ?? err));
    runner.warning(`cachet: unexpected error, caching skipped: ${err?.message ?? err}`);
  }
  if (runner.failed) process.exitCode = 1;
  return runner;
}
