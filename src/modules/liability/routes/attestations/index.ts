import { VALUE_CHAIN_ROLES } from "../../../../platform/auth/principal";
import { toPage } from "../../../../platform/http/cursor";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { idempotentCreate } from "../../../../platform/idempotency";
import {
  Attestation,
  AttestationCreate,
  AttestationPage,
  AttestationQuery,
} from "../../schemas/attestations";
import { attestationById, listAttestations, recordAttestation } from "../../services/attestations";
import { attestationView } from "../../services/evidence";

const create = defineRoute({
  method: "post",
  path: "/v1/attestations",
  operationId: "createAttestation",
  access: VALUE_CHAIN_ROLES,
  tags: ["liability"],
  summary: "Attest, for the caller's own organisation, compliance with one obligation for a product",
  description:
    "Append-only: a new attestation supersedes from its `effective_from`; the latest effective one wins. " +
    "The caller must be in the product's value chain (developer, provider, deployer of its versions, or a " +
    "modifier that took on the duty) and owe the obligation in that role.",
  request: creatingBody(AttestationCreate),
  responses: {
    201: jsonContent(Attestation, "Recorded"),
    422: problem(
      "Unknown product, obligation or disclosure, a duty the caller does not owe, or a future date",
    ),
  },
});

const list = defineRoute({
  method: "get",
  path: "/v1/attestations",
  operationId: "listAttestations",
  access: "public",
  tags: ["liability"],
  summary: "Attestations, newest recorded first (public: compliance claims are meant to be scrutinised)",
  request: { query: AttestationQuery },
  responses: { 200: jsonContent(AttestationPage, "A page of attestations") },
});

export const attestationRoutes = createRouter()
  .openapi(create, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await attestationById(deps.db, id);
      c.header("Location", `/v1/attestations?product_id=${row.productId}`);
      return c.json(attestationView(row), 201);
    };
    return idempotentCreate(
      c,
      "POST /v1/attestations",
      input,
      (record) => recordAttestation(deps, principal, input, record),
      render,
    );
  })
  .openapi(list, async (c) => {
    const query = c.req.valid("query");
    const rows = await listAttestations(c.get("deps").db, query);
    const { page, next_cursor } = toPage(rows, query.limit, (r) => [r.recordedAt, r.id]);
    return c.json({ data: page.map(attestationView), next_cursor }, 200);
  });
