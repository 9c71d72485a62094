#!/usr/bin/env node
import {
  COMPRESSION_METHODS,
  defaultStoreDir,
  explainCacheVersion,
  formatBytes,
  formatProgress,
  hashFiles,
  restoreCache,
  saveCache
} from "./chunks/chunk-X7JTKCET.js";

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
var transferOptions = (
  /** @type {const} */
  {
    store: { type: "string", value: "DIR", help: "use the local store in DIR (default when no cache service is configured: ~/.cache/cachet)" },
    workspace: { type: "string", value: "DIR", help: "paths are relative to DIR (default: $GITHUB_WORKSPACE, else the current folder)" },
    compression: { type: "string", value: "METHOD", help: "zstd-without-long (default, as actions/cache), zstd (long mode; a separate version) or gzip" },
    "cross-os": { type: "boolean", help: "enableCrossOsArchive (matters on Windows only)" },
    "block-size": { type: "string", value: "MiB", help: "upload block and download range size in MiB (default 32)" },
    concurrency: { type: "string", value: "N", help: "transfers in flight (default 4)" },
    "idle-timeout": { type: "string", value: "SECONDS", help: "abort and resume a transfer that moves no byte for this long (default 30)" },
    quiet: { type: "boolean", help: "no progress lines" },
    json: { type: "boolean", help: "print the result as one JSON object" }
  }
);
function commonOptions(options, ctx) {
  const number = (name, factor) => {
    if (options[name] === void 0) return void 0;
    const n = Number(options[name]);
    if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--${name} '${options[name]}' is not a positive number`);
    return Math.round(n * factor);
  };
  return {
    env: ctx.env,
    workspace: options.workspace ?? ctx.env.GITHUB_WORKSPACE ?? ctx.cwd,
    store: options.store,
    compression: options.compression,
    enableCrossOsArchive: options["cross-os"],
    blockSize: number("block-size", 1024 * 1024),
    concurrency: number("concurrency", 1),
    idleTimeoutMs: number("idle-timeout", 1e3),
    onProgress: options.quiet ? void 0 : (p) => ctx.err(formatProgress(p))
  };
}
function backendName(options, ctx) {
  if (!options.store && ctx.env.ACTIONS_RESULTS_URL && ctx.env.ACTIONS_RUNTIME_TOKEN) return "the cache service";
  return `the local store ${options.store ?? defaultStoreDir(ctx.env)}`;
}
function jsonResult(r) {
  return JSON.stringify({
    outcome: r.outcome,
    key: r.key,
    matchedKey: r.matchedKey ?? null,
    version: r.version,
    size: r.size ?? null,
    ...r.code ? { code: r.code } : {},
    ...r.message ? { message: r.message } : {},
    backend: r.backend,
    elapsedMs: r.elapsedMs
  });
}
var cacheCommands = [
  {
    name: "save",
    usage: "--key K --path P [--path P2 ...] [options]",
    summary: "save paths under a key (to the cache service in Actions, else the local store)",
    description: 'Archives the paths (tar --posix, zstd without long mode, as actions/cache) and saves them under\nKEY. Entries are immutable: saving an existing key and version reports "already saved".\nUses the GitHub Actions cache service when ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN are set,\nelse the local store.',
    options: {
      key: { type: "string", value: "K", help: "the cache key (at most 512 characters, no commas)" },
      path: { type: "list", value: "P", help: "a path or glob pattern to save (repeat; order matters for the version)" },
      "compression-level": { type: "string", value: "N", help: "zstd 1-22 (default 3) or gzip 1-9" },
      ...transferOptions
    },
    /** @param {CliContext} ctx */
    async run(ctx) {
      const { options, positionals } = ctx;
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      if (!options.key) throw new UsageError("--key is required");
      if (options.path.length === 0) throw new UsageError("give at least one --path");
      let compressionLevel;
      if (options["compression-level"] !== void 0) {
        compressionLevel = Number(options["compression-level"]);
        if (!Number.isInteger(compressionLevel)) throw new UsageError(`--compression-level '${options["compression-level"]}' is not a whole number`);
      }
      const r = await saveCache(options.path, options.key, { ...commonOptions(options, ctx), compressionLevel });
      if (options.json) ctx.out(jsonResult(r));
      const where = backendName(options, ctx);
      switch (r.outcome) {
        case "saved":
          if (!options.json) ctx.out(`saved key '${r.key}' (${formatBytes(r.size ?? 0)}) to ${where} in ${(r.elapsedMs / 1e3).toFixed(1)} s`);
          return 0;
        case "alreadyExists":
          if (!options.json) ctx.out(`already saved: key '${r.key}' exists for this version in ${where} (entries are immutable; use a new key to update)`);
          return 0;
        case "skipped":
          if (!options.json) ctx.out(`not saved: ${r.message ?? r.code}`);
          return 0;
        default:
          ctx.err(`cachet save: ${describeFailure(r)}`);
          return 1;
      }
    }
  },
  {
    name: "restore",
    usage: "--key K [--restore-key R ...] --path P [--path P2 ...] [options]",
    summary: "restore paths from the entry for a key, else the newest matching a restore key",
    description: "Restores the entry saved under KEY (or, failing that, the newest entry whose key starts with KEY,\nthen with each --restore-key in order) for the same paths and compression. Extraction writes only\ninside the declared paths, and nothing at all unless the whole archive arrived intact.",
    options: {
      key: { type: "string", value: "K", help: "the primary key" },
      "restore-key": { type: "list", value: "R", help: "a key prefix to fall back to (repeat; tried in order)" },
      path: { type: "list", value: "P", help: "the same paths used to save (order matters for the version)" },
      "lookup-only": { type: "boolean", help: "only check whether an entry exists; download nothing" },
      "fail-on-cache-miss": { type: "boolean", help: "exit with status 2 when nothing matched" },
      ...transferOptions
    },
    /** @param {CliContext} ctx */
    async run(ctx) {
      const { options, positionals } = ctx;
      if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
      if (!options.key) throw new UsageError("--key is required");
      if (options.path.length === 0) throw new UsageError("give at least one --path");
      const r = await restoreCache(options.path, options.key, options["restore-key"], {
        ...commonOptions(options, ctx),
        lookupOnly: options["lookup-only"]
      });
      if (options.json) ctx.out(jsonResult(r));
      const where = backendName(options, ctx);
      switch (r.outcome) {
        case "hit": {
          if (!options.json) {
            const kind = r.exact ? `key '${r.matchedKey}'` : `'${r.matchedKey}' (a restore-key match: no entry for key '${r.key}')`;
            ctx.out(
              options["lookup-only"] ? `found ${kind} in ${where} (lookup only, nothing downloaded)` : `restored ${kind} (${formatBytes(r.size ?? 0)}) from ${where} in ${(r.elapsedMs / 1e3).toFixed(1)} s`
            );
          }
          return 0;
        }
        case "miss":
        case "skipped":
          if (!options.json) {
            ctx.out(
              r.outcome === "skipped" ? `not restored: ${r.message ?? r.code}` : `cache miss: no entry for key '${r.key}'${r.restoreKeys.length ? ` or restore keys ${r.restoreKeys.map((k) => `'${k}'`).join(", ")}` : ""} with version ${r.version} (hashed from: ${r.versionComponents.join(" | ")}) in ${where}`
            );
          }
          if (options["fail-on-cache-miss"]) {
            ctx.err(`cachet restore: failing on cache miss (--fail-on-cache-miss)`);
            return 2;
          }
          return 0;
        default:
          ctx.err(`cachet restore: ${describeFailure(r)}`);
          return 1;
      }
    }
  }
];
function describeFailure(r) {
  switch (r.outcome) {
    case "writeDenied":
      return `write denied by the cache service: ${r.message}. The token is read-only (e.g. a pull request from a fork); nothing was saved.`;
    case "rateLimited":
      return `rate limited by the cache service${r.retryAfterMs ? ` (retry after ${Math.ceil(r.retryAfterMs / 1e3)} s)` : ""}: ${r.message ?? ""}`;
    default:
      return `${r.message ?? "failed"}${r.code ? ` [${r.code}]` : ""}`;
  }
}

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
