import { existsSync } from "node:fs";
import { join } from "node:path";

/** Where `npm run bench:data` writes the data set of N incidents and `npm run bench` reads it. */
export const BENCH_N = Number(process.env.BENCH_N ?? 1_000_000);
export const DATA_DIR = join("bench", "data");
export const dataPath = (n = BENCH_N) => join(DATA_DIR, `incidents-${n}.db`);
export const dataExists = (n = BENCH_N) => existsSync(dataPath(n));

/** Fixed ids the load cases ask for (the most-reported product and foundation model). */
export const HOT_PRODUCT = "bench-product-0050";
export const HOT_FOUNDATION_MODEL = "bench-product-0000";
export const FOUNDATION_MODELS = 50;
export const PRODUCTS = 5_000;
export const ACTORS = 1_000;
export const productId = (i: number) => `bench-product-${String(i).padStart(4, "0")}`;
export const actorId = (i: number) => `bench-actor-${String(i).padStart(4, "0")}`;
