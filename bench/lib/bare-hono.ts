import { serve } from "@hono/node-server";
import { Hono } from "hono";

/**
 * The HTTP floor: Hono on @hono/node-server answering a small JSON document, nothing else, in its own
 * process (so it competes for the CPU like the registry does). What the registry adds on top of this
 * (middleware, auth, validation, queries, views) is the overhead the bench ratios show.
 */
const app = new Hono().get("/", (c) => c.json({ status: "ok" }));
serve({ fetch: app.fetch, port: Number(process.env.PORT), hostname: "127.0.0.1" });
