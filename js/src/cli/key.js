// @ts-check
/**
 * `cachet key version` and `cachet key hash-files`: print a cache version or a hashFiles() hash,
 * optionally with what went into it.
 */
import path from 'node:path';
import { UsageError } from './args.js';
import { COMPRESSION_METHODS, explainCacheVersion } from '../key.js';
import { hashFiles } from '../hash-files.js';

/** @typedef {import('./main.js').CliContext} CliContext */

/** @type {import('./args.js').Command[]} */
export const keyCommands = [
  {
    name: 'key version',
    usage: '--path P [--path P2 ...] [--compression METHOD] [--cross-os] [--platform OS] [--json]',
    summary: 'print the cache version @actions/cache computes for these paths',
    description:
      'Prints the 64-hex cache version, byte-identical to @actions/cache. Paths are hashed as written,\n' +
      'in order, never resolved: give them exactly as in the workflow\'s `path:` input.',
    options: {
      path: { type: 'list', value: 'P', help: 'a path pattern, as written in `path:` (repeat for several, order matters)' },
      compression: { type: 'string', value: 'METHOD', help: 'zstd-without-long (default, what hosted runners use), zstd, gzip or none' },
      'cross-os': { type: 'boolean', help: 'enableCrossOsArchive: no `windows-only` component on Windows' },
      platform: { type: 'string', value: 'OS', help: 'linux, darwin or win32 (default: this machine\'s)' },
      json: { type: 'boolean', help: 'print {"version", "components"} as JSON' },
    },
    /** @param {CliContext} ctx */
    async run({ options, positionals, out }) {
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}' (give paths with --path)`);
      if (options.path.length === 0) throw new UsageError('give at least one --path');
      const compression = options.compression ?? 'zstd-without-long';
      if (compression !== 'none' && !COMPRESSION_METHODS.includes(compression)) {
        throw new UsageError(`--compression '${compression}' is not one of ${COMPRESSION_METHODS.join(', ')}, none`);
      }
      const platform = options.platform ?? process.platform;
      if (!['linux', 'darwin', 'win32'].includes(platform)) {
        throw new UsageError(`--platform '${platform}' is not one of linux, darwin, win32`);
      }
      const explained = explainCacheVersion({
        paths: options.path,
        compressionMethod: compression === 'none' ? undefined : compression,
        enableCrossOsArchive: options['cross-os'],
        platform,
      });
      out(options.json ? JSON.stringify({ version: explained.version, components: explained.components }) : explained.version);
      return 0;
    },
  },
  {
    name: 'key hash-files',
    usage: '[--workspace DIR] [--follow-symbolic-links] [--explain] [--json] PATTERN...',
    summary: 'print the hash the runner\'s hashFiles() gives for these patterns',
    description:
      'Prints the hash the Actions runner\'s hashFiles(PATTERN...) returns: the same glob dialect\n' +
      '(`!` excludes, `#` comments, directories match what is below them), the same order, the same\n' +
      'hash, the empty string when nothing matches. No time limit. --explain lists the files in order.',
    options: {
      workspace: { type: 'string', value: 'DIR', help: 'the workspace (default: $GITHUB_WORKSPACE, else the current folder)' },
      'follow-symbolic-links': { type: 'boolean', help: 'descend into linked directories (the runner\'s default is off)' },
      explain: { type: 'boolean', help: 'also list each file that went in, with its SHA-256' },
      json: { type: 'boolean', help: 'print {"hash", "files"?} as JSON' },
    },
    /** @param {CliContext} ctx */
    async run({ options, positionals, env, cwd, out }) {
      if (positionals.length === 0) throw new UsageError('give at least one PATTERN');
      const workspace = path.resolve(cwd, options.workspace ?? env.GITHUB_WORKSPACE ?? cwd);
      const result = await hashFiles(positionals, {
        workspace,
        followSymbolicLinks: options['follow-symbolic-links'],
        explain: options.explain,
      });
      if (options.json) {
        out(JSON.stringify(options.explain ? { hash: result.hash, files: result.files } : { hash: result.hash }));
      } else {
        out(result.hash);
        if (options.explain) {
          for (const file of result.files ?? []) out(`${file.sha256}  ${file.path}`);
          out(`${result.files?.length ?? 0} file(s)`);
        }
      }
      return 0;
    },
  },
];
