import { parseArgs } from "node:util";
import { ConfigError, parseConfig } from "./config";
import { ROLES, type Role, VALUE_CHAIN_ROLES } from "./platform/auth/principal";
import { signToken, ttlSeconds } from "./platform/auth/tokens";

/**
 * `npm run -s token -- --role regulator [--actor <actor_id>] [--fund <fund_id>] [--sub name] [--ttl 1h]`
 * prints one JWT signed with the same secret, issuer and audience the server reads from env. The
 * server checks a value-chain token's actor against the register, so `--actor` must be a real id.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      role: { type: "string" },
      actor: { type: "string" },
      fund: { type: "string" },
      sub: { type: "string" },
      ttl: { type: "string", default: "1h" },
    },
  });
  const role = values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(", ")}`);
  if ((VALUE_CHAIN_ROLES as readonly string[]).includes(role) && !values.actor) {
    throw new Error(`--actor <actor_id> is required for the ${role} role`);
  }
  const ttl = ttlSeconds(values.ttl ?? "");
  if (ttl === undefined) throw new Error("--ttl must look like 30m, 1h, 7d");
  const config = parseConfig(process.env);
  // The server refuses longer-lived tokens, so refuse to print one.
  if (ttl > config.jwt.maxTtlSeconds) {
    throw new Error(`--ttl may not exceed JWT_MAX_TTL_SECONDS (${config.jwt.maxTtlSeconds} s)`);
  }
  const token = await signToken(config.jwt, {
    role,
    ...(values.actor ? { actorId: values.actor } : {}),
    ...(values.fund ? { fundId: values.fund } : {}),
    ...(values.sub ? { sub: values.sub } : {}),
    ttl,
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
