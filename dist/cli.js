#!/usr/bin/env node
import {
  COMPRESSION_METHODS,
  explainCacheVersion,
  hashFiles
} from "./chunks/chunk-FFS44ERN.js";

// js/src/cli/main.js
import process2 from "node:process";

// js/src/cli/args.js
var UsageError = class extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = "UsageError";
    this.code = "usage";
  }
};
function parseArgs(argv, specs) {
  const options = {};
  for (const [name, spec] of Object.entries(specs)) {
    if (spec.type === "list") options[name] = [];
    if (spec.type === "boolean") options[name] = false;
  }
  const positionals = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "-") {
      if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option '${arg}' (options are long: --name)`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`unknown option '--${name}'`);
    if (spec.type === "boolean") {
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
    if (spec.type === "list") options[name].push(value);
    else options[name] = value;
  }
  return { options, positionals };
}
function formatOptions(specs) {
  const rows = Object.entries(specs).map(([name, spec]) => {
    const left = spec.type === "boolean" ? `--${name}` : `--${name} ${spec.value ?? "VALUE"}`;
    return [left + (spec.type === "list" ? " ..." : ""), spec.help];
  });
  const width = Math.max(...rows.map(([l]) => l.length));
  return rows.map(([l, r]) => `  ${l.padEnd(width)}  ${r}`).join("\n");
}

// js/src/cli/key.js
import path from "node:path";
var keyCommands = [
  {
    name: "key version",
    usage: "--path P [--path P2 ...] [--compression METHOD] [--cross-os] [--platform OS] [--json]",
    summary: "print the cache version @actions/cache computes for these paths",
    description: "Prints the 64-hex cache version, byte-identical to @actions/cache. Paths are hashed as written,\nin order, never resolved: give them exactly as in the workflow's `path:` input.",
    options: {
      path: { type: "list", value: "P", help: "a path pattern, as written in `path:` (repeat for several, order matters)" },
      compression: { type: "string", value: "METHOD", help: "zstd-without-long (default, what hosted runners use), zstd, gzip or none" },
      "cross-os": { type: "boolean", help: "enableCrossOsArchive: no `windows-only` component on Windows" },
      platform: { type: "string", value: "OS", help: "linux, darwin or win32 (default: this machine's)" },
      json: { type: "boolean", help: 'print {"version", "components"} as JSON' }
    },
    /** @param {CliContext} ctx */
    async run({ options, positionals, out }) {
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}' (give paths with --path)`);
      if (options.path.length === 0) throw new UsageError("give at least one --path");
      const compression = options.compression ?? "zstd-without-long";
      if (compression !== "none" && !COMPRESSION_METHODS.includes(compression)) {
        throw new UsageError(`--compression '${compression}' is not one of ${COMPRESSION_METHODS.join(", ")}, none`);
      }
      const platform = options.platform ?? process.platform;
      if (!["linux", "darwin", "win32"].includes(platform)) {
        throw new UsageError(`--platform '${platform}' is not one of linux, darwin, win32`);
      }
      const explained = explainCacheVersion({
        paths: options.path,
        compressionMethod: compression === "none" ? void 0 : compression,
        enableCrossOsArchive: options["cross-os"],
        platform
      });
      out(options.json ? JSON.stringify({ version: explained.version, components: explained.components }) : explained.version);
      return 0;
    }
  },
  {
    name: "key hash-files",
    usage: "[--workspace DIR] [--follow-symbolic-links] [--explain] [--json] PATTERN...",
    summary: "print the hash the runner's hashFiles() gives for these patterns",
    description: "Prints the hash the Actions runner's hashFiles(PATTERN...) returns: the same glob dialect\n(`!` excludes, `#` comments, directories match what is below them), the same order, the same\nhash, the empty string when nothing matches. No time limit. --explain lists the files in order.",
    options: {
      workspace: { type: "string", value: "DIR", help: "the workspace (default: $GITHUB_WORKSPACE, else the current folder)" },
      "follow-symbolic-links": { type: "boolean", help: "descend into linked directories (the runner's default is off)" },
      explain: { type: "boolean", help: "also list each file that went in, with its SHA-256" },
      json: { type: "boolean", help: 'print {"hash", "files"?} as JSON' }
    },
    /** @param {CliContext} ctx */
    async run({ options, positionals, env, cwd, out }) {
      if (positionals.length === 0) throw new UsageError("give at least one PATTERN");
      const workspace = path.resolve(cwd, options.workspace ?? env.GITHUB_WORKSPACE ?? cwd);
      const result = await hashFiles(positionals, {
        workspace,
        followSymbolicLinks: options["follow-symbolic-links"],
        explain: options.explain
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
    }
  }
];

// js/src/cli/cache.js
var cacheCommands = [];

// js/src/cli/commands.js
var commands = [...keyCommands, ...cacheCommands];

// js/src/cli/main.js
var VERSION = "0.1.0";
function mainHelp() {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    "cachet: a GitHub Actions cache engine (keys, save/restore over the cache service v2, a local store)",
    "",
    "Usage: cachet <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "Run `cachet <command> --help` for a command's options.",
    "Without ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN, save and restore use the local store (~/.cache/cachet)."
  ].join("\n");
}
function commandHelp(command) {
  return [
    `Usage: cachet ${command.name} ${command.usage}`,
    "",
    command.description ?? command.summary,
    "",
    "Options:",
    formatOptions({ ...command.options, help: { type: "boolean", help: "show this help" } })
  ].join("\n");
}
async function runCli(argv, io = {}) {
  const out = io.out ?? ((s) => process2.stdout.write(s + "\n"));
  const err = io.err ?? ((s) => process2.stderr.write(s + "\n"));
  if (argv.length === 0 || argv[0] === "--help" || argv[0] === "help" || argv[0] === "-h") {
    out(mainHelp());
    return 0;
  }
  if (argv[0] === "--version") {
    out(VERSION);
    return 0;
  }
  const command = commands.find((c) => {
    const words = c.name.split(" ");
    return words.every((w, i) => argv[i] === w);
  });
  if (!command) {
    const group = commands.filter((c) => c.name.startsWith(argv[0] + " "));
    if (group.length && (argv.length === 1 || argv[1] === "--help")) {
      out(group.map((c) => `cachet ${c.name} ${c.usage}
    ${c.summary}`).join("\n"));
      return argv.length === 1 ? 1 : 0;
    }
    err(`cachet: unknown command '${argv.slice(0, group.length ? 2 : 1).join(" ")}'. Run \`cachet --help\` for the list.`);
    return 1;
  }
  const rest = argv.slice(command.name.split(" ").length);
  if (rest.includes("--help") || rest.includes("-h")) {
    out(commandHelp(command));
    return 0;
  }
  try {
    const { options, positionals } = parseArgs(rest, command.options);
    return await command.run({ options, positionals, env: io.env ?? process2.env, cwd: io.cwd ?? process2.cwd(), out, err });
  } catch (error) {
    const e = (
      /** @type {any} */
      error
    );
    if (e instanceof UsageError) {
      err(`cachet ${command.name}: ${e.message}. Run \`cachet ${command.name} --help\`.`);
    } else {
      err(`cachet ${command.name}: ${e?.message ?? e}`);
      if ((io.env ?? process2.env).CACHET_DEBUG && e?.stack) err(e.stack);
    }
    return 1;
  }
}
var invoked = process2.argv[1] ?? "";
if (/(?:^|[\\/])(?:cli|main)\.js$/.test(invoked) || invoked.endsWith("cachet")) {
  runCli(process2.argv.slice(2)).then((status) => {
    process2.exitCode = status;
  });
}
export {
  runCli
};
