// Validate many glTF/GLB files in one node process with the Khronos glTF validator.
//
// Usage: node validate_gltf.mjs FILE...      (or the paths one per line on stdin)
// Prints one JSON object per line and file:
//   {"path", "numErrors", "numWarnings", "numInfos", "numHints", "truncated", "messages": [...]}
// where each message is {"code", "message", "severity" (0 error, 1 warning, 2 info, 3 hint),
// "pointer"}. A file that cannot be read or parsed reports numErrors 1 and code IO_ERROR or
// VALIDATOR_REJECTED. Exit status: 0 if no file has errors, 1 otherwise, 2 on usage errors.
// One process for the whole batch because starting the dart2js validator costs ~0.3 s.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const validator = require("gltf-validator");

const MAX_ISSUES = 200;

async function readStdinPaths() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks)
    .toString("utf8")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

function failure(file, code, message) {
  return {
    path: file,
    numErrors: 1,
    numWarnings: 0,
    numInfos: 0,
    numHints: 0,
    truncated: false,
    messages: [{ code, message: String(message), severity: 0, pointer: null }],
  };
}

async function validateFile(file) {
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return failure(file, "IO_ERROR", error.message ?? error);
  }
  try {
    const report = await validator.validateBytes(new Uint8Array(bytes), {
      uri: path.basename(file),
      maxIssues: MAX_ISSUES,
      // External buffers/images of a .gltf resolve next to the file, never elsewhere.
      externalResourceFunction: (uri) =>
        readFile(path.resolve(path.dirname(file), decodeURIComponent(uri))).then(
          (data) => new Uint8Array(data),
        ),
    });
    const issues = report.issues;
    return {
      path: file,
      numErrors: issues.numErrors,
      numWarnings: issues.numWarnings,
      numInfos: issues.numInfos,
      numHints: issues.numHints,
      truncated: issues.truncated,
      messages: issues.messages.map((m) => ({
        code: m.code,
        message: m.message,
        severity: m.severity,
        pointer: m.pointer ?? null,
      })),
    };
  } catch (error) {
    return failure(file, "VALIDATOR_REJECTED", error);
  }
}

async function main() {
  const args = process.argv.slice(2);
  const files = args.length === 0 || (args.length === 1 && args[0] === "-")
    ? await readStdinPaths()
    : args;
  if (files.length === 0) {
    console.error("usage: node validate_gltf.mjs FILE... (or paths on stdin)");
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    const result = await validateFile(file);
    failed ||= result.numErrors > 0;
    process.stdout.write(JSON.stringify(result) + "\n");
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
