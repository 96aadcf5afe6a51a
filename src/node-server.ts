import { STATUS_CODES } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { type ServerType, serve } from "@hono/node-server";
import type { Config } from "./config";
import { newId } from "./platform/crypto/ids";
import { toProblemBody } from "./platform/http/problem";
import { REQUEST_ID_HEADER } from "./platform/log/request-log";

type FetchApp = { fetch: (request: Request, env: unknown) => Response | Promise<Response> };

/**
 * Serves the app on `HOST:PORT` (loopback unless configured otherwise). Requests Node rejects before
 * the app sees them (headers over Node's 16 KiB `maxHeaderSize`, malformed HTTP) still get an RFC 9457
 * problem+json answer instead of Node's bare status line.
 */
export function listen(
  app: FetchApp,
  config: Pick<Config, "host" | "port">,
  onListening?: (address: AddressInfo) => void,
): ServerType {
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, onListening);
  server.on("clientError", answerClientError);
  return server;
}

const CLIENT_ERRORS: Record<string, [status: number, code: string, detail: string]> = {
  HPE_HEADER_OVERFLOW: [431, "headers-too-large", "The request headers are too large"],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "request-timeout", "The request was not received in time"],
};

export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex) {
  // A reset connection or a half-written response cannot take an answer any more.
  const busy = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
  if (error.code === "ECONNRESET" || !socket.writable || busy) {
    socket.destroy();
    return;
  }
  const [status, code, detail] = CLIENT_ERRORS[error.code ?? ""] ?? [
    400,
    "malformed-request",
    "The request is not valid HTTP",
  ];
  const title = STATUS_CODES[status] ?? "Error";
  // Nothing of a request Node could not parse is trusted, an incoming id included: always a fresh one.
  const requestId = newId();
  const body = JSON.stringify({
    ...toProblemBody(status, code, detail, undefined, undefined, { request_id: requestId }),
    title,
  });
  socket.end(
    [
      `HTTP/1.1 ${status} ${title}`,
      "Content-Type: application/problem+json",
      `Content-Length: ${Buffer.byteLength(body)}`,
      "Cache-Control: no-store",
      "X-Content-Type-Options: nosniff",
      `${REQUEST_ID_HEADER}: ${requestId}`,
      "Connection: close",
      "",
      body,
    ].join("\r\n"),
  );
}
