import { serve } from "@hono/node-server";
import { Hono } from "hono";

/**
 * The HTTP floor: Hono on @hono/node-server answering a JSON document, nothing else, in its own
 * process (so it competes for the CPU like the registry does). `/?bytes=N` answers a prepared
 * document of N bytes, so a case is set against a floor that moves as many bytes as its answer does.
 * What the registry adds on top of this (middleware, auth, validation, queries, views) is the
 * overhead the bench ratios show.
 */
const documents = new Map<number, string>();
const sized = (bytes: number) => {
  let text = documents.get(bytes);
  if (text === undefined) {
    const padding = Math.max(0, bytes - '{"pad":""}'.length);
    text = JSON.stringify({ pad: "x".repeat(padding) });
    documents.set(bytes, text);
  }
  return text;
};
const app = new Hono().get("/", (c) => {
  const bytes = Number(c.req.query("bytes"));
  if (!Number.isInteger(bytes) || bytes <= 0) return c.json({ status: "ok" });
  return c.body(sized(bytes), 200, { "Content-Type": "application/json" });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
