import {
  checkKeys,
  chooseCompression,
  defaultStoreDir,
  explainCacheVersion,
  formatBytes,
  hasZstd,
  hashFiles
} from "./chunk-X7JTKCET.js";

// js/src/action/runner.js
import { randomUUID } from "node:crypto";
import fs from "node:fs";
var SUMMARY_LIMIT = 1024 * 1024;
function inputEnvName(name) {
  return `INPUT_${name.replace(/ /g, "_").toUpperCase()}`;
}
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatCommand(name, properties, message) {
  const props = Object.entries(properties).filter(([, v]) => v).map(([k, v]) => `${k}=${escapeProperty(
    /** @type {string} */
    v
  )}`).join(",");
  return `::${name}${props ? " " + props : ""}::${escapeData(message)}`;
}
function formatFileCommand(name, value, delimiter = `ghadelimiter_${randomUUID()}`) {
  if (!name || /[\r\n]/.test(name)) throw new Error(`invalid file command name ${JSON.stringify(name)}`);
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`the name or value of '${name}' contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}
${value}
${delimiter}
`;
}
function redactUrls(text) {
  return text.replace(/\b(https?:\/\/[^\s?#'"`<>]*)[?#][^\s'"`<>]*/gi, "$1");
}
function createRunner(options = {}) {
  const env = options.env ?? process.env;
  const write = options.write ?? ((text) => void process.stdout.write(text));
  const delimiter = options.delimiter ?? (() => `ghadelimiter_${randomUUID()}`);
  const secrets = /* @__PURE__ */ new Set();
  let failed = false;
  let summaryBytes = 0;
  let summaryTruncated = false;
  const clean = (text) => {
    let out = redactUrls(text);
    for (const secret of secrets) out = out.split(secret).join("***");
    return out;
  };
  const print = (line) => write(line + "\n");
  const command = (name, props, message) => print(formatCommand(name, props, clean(message)));
  const fileCommand = (kind, name, value, legacy) => {
    const file = env[`GITHUB_${kind}`];
    if (file) {
      fs.appendFileSync(file, formatFileCommand(name, value, delimiter()), "utf8");
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
      return env.RUNNER_DEBUG === "1";
    },
    /**
     * An input's raw value ('' when not set); the caller trims and parses.
     * @param {string} name
     */
    input(name) {
      return env[inputEnvName(name)] ?? "";
    },
    /**
     * A value the main step saved, read back in the post step ('' when absent).
     * @param {string} name
     */
    state(name) {
      return env[`STATE_${name}`] ?? "";
    },
    /** @param {string} name @param {string} value */
    setOutput(name, value) {
      fileCommand("OUTPUT", name, value, "set-output");
    },
    /** @param {string} name @param {string} value */
    saveState(name, value) {
      fileCommand("STATE", name, value, "save-state");
    },
    /**
     * Exports a variable to the later steps of the job (and to this process).
     * @param {string} name
     * @param {string} value
     */
    exportVariable(name, value) {
      env[name] = value;
      fileCommand("ENV", name, value, "set-env");
    },
    /**
     * Registers a secret: the runner masks it in every log line from now on, and this runner
     * never prints it. The `::add-mask::` line is the one place it appears, as the runner needs.
     * @param {string} secret
     */
    addMask(secret) {
      if (!secret) return;
      print(formatCommand("add-mask", {}, secret));
      secrets.add(secret);
      const escaped = escapeData(secret);
      if (escaped !== secret) secrets.add(escaped);
    },
    /** @param {string} message */
    info(message) {
      for (const line of clean(message).split("\n")) print(line);
    },
    /** @param {string} message */
    debug(message) {
      command("debug", {}, message);
    },
    /** @param {string} message @param {{ title?: string }} [props] */
    notice(message, props = {}) {
      command("notice", props, message);
    },
    /** @param {string} message @param {{ title?: string }} [props] */
    warning(message, props = {}) {
      command("warning", props, message);
    },
    /** @param {string} message @param {{ title?: string }} [props] */
    error(message, props = {}) {
      command("error", props, message);
    },
    /**
     * Prints an error annotation and marks the step failed (the process exits with status 1).
     * @param {string} message
     * @param {{ title?: string }} [props]
     */
    setFailed(message, props = {}) {
      failed = true;
      command("error", props, message);
    },
    /** @param {string} title */
    startGroup(title) {
      command("group", {}, title);
    },
    endGroup() {
      print("::endgroup::");
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
      if (!text.endsWith("\n")) text += "\n";
      let bytes = Buffer.byteLength(text);
      const room = SUMMARY_LIMIT - summaryBytes;
      if (bytes > room) {
        const note = "\n\n*(summary cut: the runner accepts 1 MiB per step)*\n";
        const cut = Buffer.from(text).subarray(0, Math.max(0, room - Buffer.byteLength(note))).toString("utf8").replace(/\uFFFD+$/, "");
        text = cut + note;
        bytes = Buffer.byteLength(text);
        summaryTruncated = true;
      }
      fs.appendFileSync(file, text, "utf8");
      summaryBytes += bytes;
      return !summaryTruncated;
    }
  };
  return runner;
}
async function runStep(step, options) {
  const runner = createRunner(options);
  try {
    await step(runner);
  } catch (e) {
    const err = (
      /** @type {any} */
      e
    );
    runner.debug(String(err?.stack ?? err));
    runner.warning(`cachet: unexpected error, caching skipped: ${err?.message ?? err}`);
  }
  if (runner.failed) process.exitCode = 1;
  return runner;
}

// js/src/action/inputs.js
var INPUTS = (
  /** @type {const} */
  {
    path: ["cache", "restore", "save"],
    key: ["cache", "restore", "save"],
    "restore-keys": ["cache", "restore"],
    "upload-chunk-size": ["cache", "save"],
    enableCrossOsArchive: ["cache", "restore", "save"],
    "fail-on-cache-miss": ["cache", "restore"],
    "lookup-only": ["cache", "restore"],
    "save-on-failure": ["cache"],
    "save-always": ["cache"],
    "hash-files": ["cache", "restore", "save"],
    "compression-level": ["cache", "save"],
    "block-size": ["cache", "restore", "save"],
    concurrency: ["cache", "restore", "save"],
    "idle-timeout": ["cache", "restore", "save"]
  }
);
var SAVE_ON_FAILURE_ENV = "CACHET_SAVE_ON_FAILURE";
var MIB = 1024 * 1024;
var BLOCK_SIZE_MIN_MIB = 1;
var BLOCK_SIZE_MAX_MIB = 256;
var CONCURRENCY_MAX = 64;
var ActionInputError = class extends Error {
  /** @param {string[]} problems */
  constructor(problems) {
    super(problems.join("\n"));
    this.name = "ActionInputError";
    this.problems = problems;
  }
};
function splitLines(text) {
  return text.split("\n").map((s) => s.replace(/^!\s+/, "!").trim()).filter((s) => s !== "");
}
function parseInputs(kind, read) {
  const problems = [];
  const notes = [];
  const raw = (name) => (
    /** @type {readonly string[]} */
    INPUTS[name].includes(kind) ? read(name).trim() : ""
  );
  const bool = (name) => {
    const v = raw(name);
    if (v === "") return false;
    if (["true", "True", "TRUE"].includes(v)) return true;
    if (["false", "False", "FALSE"].includes(v)) return false;
    problems.push(`${name}: '${v}' is not a boolean: use true or false`);
    return false;
  };
  const number = (name, { min, max, unit, integer = true }) => {
    const v = raw(name);
    if (v === "") return void 0;
    const n = /^[+]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : NaN;
    if (!Number.isFinite(n) || integer && !Number.isInteger(n) || n < min || max !== void 0 && n > max) {
      const kindOf = integer ? "a whole number" : "a number";
      problems.push(`${name}: '${v}' is not ${kindOf} of ${unit} from ${min}${max !== void 0 ? ` to ${max}` : " up"}`);
      return void 0;
    }
    return n;
  };
  const path2 = splitLines(raw("path"));
  if (path2.length === 0) problems.push("path: input required and not supplied: name at least one file, folder or pattern to cache");
  const key = raw("key");
  if (key === "") problems.push("key: input required and not supplied");
  let uploadChunkSize;
  const chunkRaw = raw("upload-chunk-size");
  if (chunkRaw !== "") {
    const n = parseInt(chunkRaw, 10);
    if (Number.isNaN(n) || n < 0) notes.push(`upload-chunk-size: '${chunkRaw}' is not a number of bytes; ignored, as actions/cache does`);
    else uploadChunkSize = n;
  }
  const saveOnFailure = bool("save-on-failure");
  const saveAlways = bool("save-always");
  if (saveAlways) notes.push("save-always is deprecated in actions/cache (where it never worked); cachet treats it as save-on-failure: true");
  let hashFiles2 = null;
  const hashLines = splitLines(raw("hash-files"));
  if (hashLines.length) {
    let followSymbolicLinks = false;
    if (hashLines[0] === "--follow-symbolic-links") {
      followSymbolicLinks = true;
      hashLines.shift();
    }
    if (hashLines.length === 0) problems.push("hash-files: --follow-symbolic-links needs at least one pattern after it");
    else hashFiles2 = { patterns: hashLines, followSymbolicLinks };
  }
  const inputs = {
    path: path2,
    key,
    "restore-keys": splitLines(raw("restore-keys")),
    "upload-chunk-size": uploadChunkSize,
    enableCrossOsArchive: bool("enableCrossOsArchive"),
    "fail-on-cache-miss": bool("fail-on-cache-miss"),
    "lookup-only": bool("lookup-only"),
    "save-on-failure": saveOnFailure || saveAlways,
    "hash-files": hashFiles2,
    "compression-level": number("compression-level", { min: 1, max: 22, unit: "zstd levels (gzip: 1 to 9)" }),
    "block-size": number("block-size", { min: BLOCK_SIZE_MIN_MIB, max: BLOCK_SIZE_MAX_MIB, unit: "MiB" }),
    concurrency: number("concurrency", { min: 1, max: CONCURRENCY_MAX, unit: "transfers" }),
    "idle-timeout": number("idle-timeout", { min: 1, max: 3600, unit: "seconds", integer: false })
  };
  if (problems.length) throw new ActionInputError(problems);
  return { inputs, notes };
}
function transferOptions(inputs, operation) {
  const notes = [];
  const options = {};
  if (inputs["block-size"] !== void 0) {
    options.blockSize = inputs["block-size"] * MIB;
    if (inputs["upload-chunk-size"] !== void 0 && operation === "save") {
      notes.push(`upload-chunk-size is ignored: block-size (${inputs["block-size"]} MiB) is set`);
    }
  } else if (inputs["upload-chunk-size"] !== void 0 && inputs["upload-chunk-size"] > 0 && operation === "save") {
    const asked = inputs["upload-chunk-size"];
    const bytes = Math.min(Math.max(asked, BLOCK_SIZE_MIN_MIB * MIB), BLOCK_SIZE_MAX_MIB * MIB);
    options.blockSize = bytes;
    notes.push(
      bytes === asked ? `upload-chunk-size ${asked} bytes is used as the upload block size` : `upload-chunk-size ${asked} bytes is outside 1 MiB to 256 MiB; the upload block size is ${bytes / MIB} MiB`
    );
  }
  if (inputs.concurrency !== void 0) options.concurrency = inputs.concurrency;
  if (inputs["idle-timeout"] !== void 0) options.idleTimeoutMs = Math.round(inputs["idle-timeout"] * 1e3);
  if (operation === "save" && inputs["compression-level"] !== void 0) options.compressionLevel = inputs["compression-level"];
  return { options, notes };
}
function isExactKeyMatch(key, matchedKey) {
  return !!(matchedKey && matchedKey.localeCompare(key, void 0, { sensitivity: "accent" }) === 0);
}

// js/src/action/messages.js
var q = (s) => `'${s}'`;
function transferFacts(r) {
  const time = formatDuration(r.elapsedMs);
  if (r.size === void 0 || r.size === null) return time;
  return `${formatBytes(r.size)} in ${time} (${formatBytes(throughput(r.size, r.elapsedMs))}/s)`;
}
function formatDuration(ms) {
  return ms < 1e3 ? `${Math.round(ms)} ms` : `${(ms / 1e3).toFixed(1)} s`;
}
function throughput(size, elapsedMs) {
  return elapsedMs > 0 ? Math.round(size * 1e3 / elapsedMs) : 0;
}
function retryAfter(ms) {
  return ms ? ` (the service asks to retry after ${Math.ceil(ms / 1e3)} s)` : "";
}
function describeRestore(r, { exact, lookupOnly }) {
  const keys = [r.key, ...r.restoreKeys].join(", ");
  switch (r.outcome) {
    case "hit": {
      const kind = exact ? "exact hit" : "restore-key hit";
      if (lookupOnly || r.downloaded === false) {
        return { level: "info", title: `found (${kind}, lookup only)`, text: `Cache found and can be restored from key: ${r.matchedKey} (${kind}; lookup-only, nothing downloaded)` };
      }
      return {
        level: "info",
        title: kind,
        text: `Cache restored from key: ${r.matchedKey} (${kind}${exact ? "" : ", cache-hit is false"}; ${transferFacts(r)})`
      };
    }
    case "miss":
      return { level: "info", title: "miss", text: `Cache not found for input keys: ${keys} (version ${r.version})` };
    case "rateLimited":
      return {
        level: "warning",
        title: "rate limited",
        text: `Cache not restored: the cache service is rate limiting this repository${retryAfter(r.retryAfterMs)}. The job continues without the cache.`
      };
    case "skipped":
      return { level: "info", title: "skipped", text: `Cache not restored: ${r.message ?? r.code ?? "the cache is not readable in this job"}.` };
    default: {
      const where = r.matchedKey ? ` from key ${q(r.matchedKey)}` : "";
      return {
        level: "warning",
        title: "failed",
        text: `Cache not restored${where}: ${r.message ?? "unknown error"}${r.code ? ` [${r.code}]` : ""}. Nothing was written; the job continues without the cache.`
      };
    }
  }
}
function describeSave(r, ctx = {}) {
  switch (r.outcome) {
    case "saved":
      return { level: "info", title: "saved", text: `Cache saved with key: ${r.key} (${transferFacts(r)})` };
    case "alreadyExists":
      if (ctx.existing === "pending") {
        return {
          level: "info",
          title: "another job is saving",
          text: `Cache not saved: another job is saving key ${q(r.key)} right now and holds its reservation until it finishes. Its entry will serve the next runs; this job uploaded nothing.`
        };
      }
      return {
        level: "info",
        title: "already saved",
        text: `Cache not saved: an entry for key ${q(r.key)} and this version already exists${ctx.existing === "unknown" ? " (or another job is saving it right now)" : ""}. Entries are immutable: to store new contents, put something that changes into the key (hash-files, a lockfile hash) and find older entries with restore-keys.`
      };
    case "writeDenied":
      return {
        level: "warning",
        title: "write denied",
        text: `Cache not saved: the cache service denied the write (${r.message ?? "write denied"}). This job's token is read-only for the cache: pull requests from forks and other untrusted triggers get such tokens, and so can a job whose \`permissions:\` grant neither \`actions: write\` nor \`contents: write\`. Restores still work. Fix: grant \`actions: write\` in the job's \`permissions:\`; for untrusted triggers, save from a trusted event instead (a push to the base branch), whose entries these runs can restore.`
      };
    case "rateLimited":
      return {
        level: "warning",
        title: "rate limited",
        text: `Cache not saved: the cache service is rate limiting this repository${retryAfter(r.retryAfterMs)}; GitHub accepts about 200 new entries per minute per repository. Nothing was committed; the next run will try again.`
      };
    case "skipped":
      return { level: "info", title: "skipped", text: `Cache not saved: ${r.message ?? r.code ?? "the cache is not writable in this job"}.` };
    default:
      if (r.code === "usage_exceeded") {
        return {
          level: "warning",
          title: "storage quota used up",
          text: `Cache not saved: the repository's cache storage is used up (${r.message ?? "insufficient usage"}). Delete entries that are no longer used (\`gh cache delete\`, or Actions → Caches) or raise the cache size limit in the repository settings.`
        };
      }
      if (r.code === "no_files") {
        return {
          level: "warning",
          title: "nothing to save",
          text: `Path Validation Error: Path(s) specified in the action for caching do(es) not exist, hence no cache is being saved. (${r.message ?? ""})`
        };
      }
      return {
        level: "warning",
        title: "failed",
        text: `Cache not saved: ${r.message ?? "unknown error"}${r.code ? ` [${r.code}]` : ""}. Caching is best-effort: the job goes on.`
      };
  }
}

// js/src/action/summary.js
var MAX_LISTED_FILES = 300;
function code(s) {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const body = s.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
  const pad = longest > 0 || body.startsWith("`") || body.endsWith("`") ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}
function labelVersionComponents(components, pathCount) {
  return components.map((c, i) => {
    if (i < pathCount) return [`path ${i + 1}`, c];
    if (i === components.length - 1) return ["salt", c];
    if (c === "windows-only") return ["Windows-only marker (enableCrossOsArchive: false)", c];
    return ["compression", c];
  });
}
function table(rows) {
  return ["| | |", "| --- | --- |", ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join("\n");
}
function versionSection(r, pathCount) {
  const rows = labelVersionComponents(r.versionComponents, pathCount).map(([k, v]) => `| ${k} | ${code(v)} |`);
  return [
    `**Version** ${code(r.version)}: sha256 of these inputs joined with \`|\`. An entry is found only under the version it was saved with.`,
    "",
    "| Input | Value |",
    "| --- | --- |",
    ...rows
  ].join("\n");
}
function hashFilesSection(hashed) {
  if (!hashed) return "";
  const n = hashed.files?.length ?? hashed.count;
  const head = `<details><summary>hash-files: ${n} file${n === 1 ? "" : "s"} → ${hashed.hash ? `<code>${hashed.hash.slice(0, 16)}…</code>` : "no hash (nothing matched)"}</summary>

`;
  const patterns = `Patterns: ${hashed.patterns.map(code).join(", ")}

`;
  if (n === 0) return `${head}${patterns}No file matched.

</details>`;
  if (!hashed.files) return `${head}${patterns}Hashed once, in the main step: its summary lists the files.

</details>`;
  const listed = hashed.files.slice(0, MAX_LISTED_FILES).map((f) => `| ${code(f.path)} | ${code(f.sha256.slice(0, 16))} |`);
  const more = n > MAX_LISTED_FILES ? `

…and ${n - MAX_LISTED_FILES} more files.` : "";
  return `${head}${patterns}| File (in hash order) | sha256 |
| --- | --- |
${listed.join("\n")}${more}

</details>`;
}
function storeName(backend, storeDir) {
  return backend === "service" ? "the GitHub Actions cache service" : `the local store${storeDir ? ` ${code(storeDir)}` : ""}`;
}
function transferRows(r) {
  const rows = [];
  if (r.size !== void 0 && r.size !== null) rows.push(["Size", formatBytes(r.size)]);
  rows.push(["Time", formatDuration(r.elapsedMs)]);
  if (r.size !== void 0 && r.size !== null) rows.push(["Throughput", `${formatBytes(throughput(r.size, r.elapsedMs))}/s`]);
  return rows;
}
function restoreSummary(r, ctx) {
  const { description: d } = ctx;
  const parts = [];
  if (r.outcome === "hit") {
    parts.push(`### cachet restore: ${d.title}`);
    const rows = [
      ["Primary key", code(r.key)],
      ["Matched key", code(r.matchedKey ?? "")],
      ["Hit", ctx.exact ? "exact: `cache-hit` is `true`" : "restore key: `cache-hit` is `false`"]
    ];
    if (ctx.lookupOnly || r.downloaded === false) rows.push(["Downloaded", "no (lookup-only)"]);
    else rows.push(...transferRows(r));
    rows.push(["Store", storeName(r.backend, ctx.storeDir)]);
    parts.push(table(rows));
  } else if (r.outcome === "miss") {
    parts.push(`### cachet restore: miss`);
    parts.push(
      `No entry matched key ${code(r.key)}${r.restoreKeys.length ? " or any restore key" : ""} for version ${code(r.version)} in ${storeName(r.backend, ctx.storeDir)}. \`cache-hit\` is empty. The keys were tried in this order, each as an exact key and then as a prefix (the newest match wins), only among entries of the same version:`
    );
    parts.push([r.key, ...r.restoreKeys].map((k, i) => `${i + 1}. ${code(k)}${i === 0 ? " (primary key)" : ""}`).join("\n"));
    parts.push(
      "The version is the hash of the inputs below. An entry saved with other `path` lines (even the same folder spelled differently), another compression method (a runner without zstd uses gzip) or, on Windows, another `enableCrossOsArchive` has another version and cannot match. The service also scopes entries by branch: a run sees its own branch's entries and its default or base branch's."
    );
  } else {
    parts.push(`### cachet restore: ${d.title}`);
    parts.push(d.text);
    parts.push(table([["Primary key", code(r.key)], ...r.matchedKey ? [
      /** @type {[string, string]} */
      ["Matched key", code(r.matchedKey)]
    ] : [], ["Store", storeName(r.backend, ctx.storeDir)]]));
  }
  if (ctx.hashed) parts.push(`The key is ${code(ctx.keyInput)} + \`-\` + the hash of the files below.`);
  parts.push(versionSection(r, ctx.pathCount));
  const hf = hashFilesSection(ctx.hashed);
  if (hf) parts.push(hf);
  return parts.join("\n\n") + "\n";
}
function saveSummary(r, ctx) {
  const { description: d } = ctx;
  const parts = [`### cachet save: ${d.title}`];
  if (r.outcome !== "saved") parts.push(d.text);
  parts.push(table([["Key", code(r.key)], ...r.outcome === "saved" ? transferRows(r) : [], ["Store", storeName(r.backend, ctx.storeDir)]]));
  if (ctx.hashed) parts.push(`The key is ${code(ctx.keyInput)} + \`-\` + the hash of the files below.`);
  parts.push(versionSection(r, ctx.pathCount));
  const hf = hashFilesSection(ctx.hashed);
  if (hf) parts.push(hf);
  return parts.join("\n\n") + "\n";
}
function skippedSaveSummary(key) {
  return `### cachet save: skipped

The primary key ${code(key)} was restored exactly (\`cache-hit\` is \`true\`), and entries are immutable: there is nothing to save.
`;
}

// js/src/action/setup.js
import path from "node:path";
function maskSecrets(runner) {
  runner.addMask(runner.env.ACTIONS_RUNTIME_TOKEN ?? "");
}
function backendOf(env) {
  if (env.ACTIONS_RESULTS_URL && env.ACTIONS_RUNTIME_TOKEN) return { backend: "service", storeDir: void 0 };
  return { backend: "local", storeDir: defaultStoreDir(env) };
}
function workspaceOf(env) {
  return path.resolve(env.GITHUB_WORKSPACE || process.cwd());
}
async function prepare(runner, kind) {
  maskSecrets(runner);
  let parsed;
  try {
    parsed = parseInputs(kind, (name) => runner.input(name));
  } catch (e) {
    if (!(e instanceof ActionInputError)) throw e;
    for (const problem of e.problems) runner.error(problem, { title: "cachet: invalid input" });
    runner.setFailed(`cachet: ${e.problems.length === 1 ? "an input is" : `${e.problems.length} inputs are`} invalid; nothing was restored or saved`);
    return null;
  }
  const { inputs, notes } = parsed;
  for (const note of notes) runner.info(`Note: ${note}`);
  const env = runner.env;
  const workspace = workspaceOf(env);
  let key = inputs.key;
  let hashed = null;
  if (inputs["hash-files"]) {
    const { patterns, followSymbolicLinks } = inputs["hash-files"];
    try {
      const started = Date.now();
      const result = await hashFiles(patterns, { workspace, followSymbolicLinks, explain: true });
      const files = result.files ?? [];
      hashed = { hash: result.hash, patterns, count: files.length, files };
      runner.info(`hash-files: ${files.length} file${files.length === 1 ? "" : "s"} hashed in ${Date.now() - started} ms → ${result.hash || "(nothing matched)"}`);
    } catch (e) {
      const err = (
        /** @type {any} */
        e
      );
      runner.setFailed(`hash-files: cannot hash ${patterns.join(", ")}: ${err?.message ?? err}`, { title: "cachet: invalid input" });
      return null;
    }
    if (hashed.hash) key = `${inputs.key}-${hashed.hash}`;
    else runner.warning(`hash-files: no file matched ${patterns.join(", ")} under ${workspace}; the key is used without a hash`);
  }
  try {
    checkKeys(key, kind === "save" ? [] : inputs["restore-keys"]);
  } catch (e) {
    const err = (
      /** @type {any} */
      e
    );
    runner.setFailed(`key: ${err?.message ?? err}`, { title: "cachet: invalid input" });
    return null;
  }
  if (inputs["compression-level"] !== void 0 && inputs["compression-level"] > 9 && kind !== "restore" && !hasZstd()) {
    runner.info(`Note: zstd is not installed, so archives are gzip; compression-level ${inputs["compression-level"]} is lowered to 9`);
    inputs["compression-level"] = 9;
  }
  const { backend, storeDir } = backendOf(env);
  printConfiguration(runner, { kind, inputs, key, hashed, backend, storeDir, workspace });
  return { inputs, key, hashed, workspace, backend, storeDir };
}
function printConfiguration(runner, { kind, inputs, key, hashed, backend, storeDir, workspace }) {
  runner.startGroup("Cache configuration");
  runner.info(`key: ${key}`);
  if (hashed) runner.info(`  = ${inputs.key}${hashed.hash ? ` + '-' + hashFiles(${hashed.patterns.join(", ")})` : " (hash-files matched nothing)"}`);
  if (kind !== "save" && inputs["restore-keys"].length) runner.info(`restore-keys: ${inputs["restore-keys"].join(", ")}`);
  try {
    const explained = explainCacheVersion({
      paths: inputs.path,
      compressionMethod: chooseCompression(),
      enableCrossOsArchive: inputs.enableCrossOsArchive
    });
    runner.info(`version: ${explained.version}, the sha256 of:`);
    for (const [label, value] of labelVersionComponents(explained.components, inputs.path.length)) runner.info(`  ${label}: ${value}`);
  } catch (e) {
    runner.debug(`version not explained: ${/** @type {any} */
    e?.message ?? e}`);
  }
  runner.info(`workspace: ${workspace}`);
  runner.info(`store: ${backend === "service" ? "the GitHub Actions cache service" : `the local store ${storeDir} (no ACTIONS_RESULTS_URL/ACTIONS_RUNTIME_TOKEN)`}`);
  const tunables = ["lookup-only", "fail-on-cache-miss", "save-on-failure", "compression-level", "block-size", "upload-chunk-size", "concurrency", "idle-timeout"].map((name) => [
    name,
    /** @type {any} */
    inputs[name]
  ]).filter(([, v]) => v !== void 0 && v !== false).map(([name, v]) => `${name}=${v}`);
  if (tunables.length) runner.info(`options: ${tunables.join(", ")}`);
  runner.endGroup();
}

// js/src/action/state.js
var STATE_NAME = "cachet";
var STATE_VERSION = 1;
function encodeState(state) {
  return JSON.stringify({ v: STATE_VERSION, ...state });
}
function decodeState(text) {
  if (!text) return null;
  try {
    const value = JSON.parse(text);
    if (!value || value.v !== STATE_VERSION || typeof value.key !== "string" || !value.inputs) return null;
    const { v: _v, ...state } = value;
    return (
      /** @type {MainState} */
      state
    );
  } catch {
    return null;
  }
}

export {
  runStep,
  SAVE_ON_FAILURE_ENV,
  transferOptions,
  isExactKeyMatch,
  describeRestore,
  describeSave,
  restoreSummary,
  saveSummary,
  skippedSaveSummary,
  maskSecrets,
  backendOf,
  workspaceOf,
  prepare,
  printConfiguration,
  STATE_NAME,
  encodeState,
  decodeState
};
