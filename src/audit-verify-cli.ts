import { readFile, writeFile } from "node:fs/promises";
import { runAuditVerify } from "./audit-verify-command";

// `npm run -s audit:verify -- <url | db file> [--checkpoints saved.json] [--save out.json]`
const code = await runAuditVerify(process.argv.slice(2), {
  env: process.env,
  fetch: (url, init) => fetch(url, init),
  readFile: (path) => readFile(path, "utf8"),
  writeFile: (path, text) => writeFile(path, text),
  print: (line) => console.log(line),
});
process.exit(code);
