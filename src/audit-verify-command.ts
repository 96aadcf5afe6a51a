import { parseArgs } from "node:util";
import { createClient } from "@libsql/client";
import { parseConfig } from "./config";
import type { Fetch } from "./modules/core";
import { type MonitorReport, monitorDb, monitorHttp, type SavedCheckpoints } from "./modules/core";
import { createAuditSigner } from "./platform/audit/signer";
import { drizzleLibsql } from "./platform/db/client";

export interface CommandIo {
  env: Record<string, string | undefined>;
  fetch: Fetch;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
  print: (line: string) => void;
}

export const USAGE =
  "usage: npm run -s audit:verify -- <registry URL | database file> [--checkpoints saved.json] [--save out.json]\n" +
  "  URL: reads the public checkpoints and key, and the audit log with a regulator token in AUDIT_VERIFY_TOKEN\n" +
  "  file: opens the database directly (read only); the key is the saved one, else AUDIT_SIGNING_KEY's";

/**
 * `audit:verify`: checks a registry against checkpoints saved earlier and, with --save, keeps the
 * current ones for next time (saved only when verification passes, so a monitor never adopts a
 * tampered state). Exit code 0 = verified, 1 = mismatch (the report says where), 2 = usage or I/O.
 */
export async function runAuditVerify(argv: string[], io: CommandIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { source, checkpoints, save } = parsed;
  try {
    const saved = checkpoints ? (JSON.parse(await io.readFile(checkpoints)) as SavedCheckpoints) : undefined;
    const { report, current } = /^https?:\/\//.test(source)
      ? await monitorHttp(
          { base: source.replace(/\/+$/, ""), fetch: io.fetch, token: io.env.AUDIT_VERIFY_TOKEN },
          saved,
        )
      : await checkFile(source, saved, io.env);
    io.print(JSON.stringify(report, null, 2));
    if (report.ok && save) {
      await io.writeFile(save, `${JSON.stringify(merge(saved, current), null, 2)}\n`);
    }
    return report.ok ? 0 : 1;
  } catch (error) {
    io.print(`audit:verify: ${(error as Error).message}`);
    return 2;
  }
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { checkpoints: { type: "string" }, save: { type: "string" } },
  });
  const [source, ...extra] = positionals;
  if (!source || extra.length > 0) throw new Error("give exactly one registry URL or database file");
  return { source, checkpoints: values.checkpoints, save: values.save };
}

async function checkFile(
  path: string,
  saved: SavedCheckpoints | undefined,
  env: Record<string, string | undefined>,
): Promise<{ report: MonitorReport; current: SavedCheckpoints }> {
  const client = createClient({ url: path.startsWith("file:") ? path : `file:${path}` });
  try {
    const configured = await createAuditSigner(parseConfig(env).auditCheckpoints.signingKey).publicJwk();
    return await monitorDb(drizzleLibsql(client), path, saved, configured);
  } finally {
    client.close();
  }
}

/** Checkpoints seen before stay in the file even if the registry stops publishing them. */
function merge(saved: SavedCheckpoints | undefined, current: SavedCheckpoints): SavedCheckpoints {
  const bySeq = new Map((saved?.checkpoints ?? []).map((c) => [c.seq, c]));
  for (const checkpoint of current.checkpoints) bySeq.set(checkpoint.seq, checkpoint);
  return { ...current, checkpoints: [...bySeq.values()].sort((a, b) => a.seq - b.seq) };
}
