import { z } from "@hono/zod-openapi";
import { creatingBody, defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { Id, IdParam } from "../../../../platform/http/schemas";
import { idempotentCreate } from "../../../../platform/idempotency";
import { catalog } from "../../../catalog";
import { INCIDENT_READERS } from "../../../incidents";
import { resolveObligation } from "../../domain/causality/as-of";
import { engineEvidence } from "../../domain/obligations";
import type * as t from "../../schema";
import { ObligationCode } from "../../schemas/attestations";
import { IncidentObligations, Link } from "../../schemas/incident-obligations";
import {
  createObligationLink,
  obligationLinkById,
  obligationLinksOf,
} from "../../services/incident-obligations";
import {
  chainProducts,
  evidenceFor,
  incidentFacts,
  loadEvidence,
  loadLiabilityIncident,
} from "../../services/services";

const get = defineRoute({
  method: "get",
  path: "/v1/incidents/{id}/obligations",
  operationId: "getIncidentObligations",
  access: INCIDENT_READERS,
  tags: ["liability"],
  summary: "Obligations each value-chain actor carried against this harm, with status as of occurred_at",
  description:
    "Suggested from the catalog's risk_to_obligations for the incident's risk codes and the actor's roles; " +
    "regulator links are added. An attestation recorded after the harm does not count.",
  request: { params: IdParam },
  responses: { 200: jsonContent(IncidentObligations, "Per actor"), 404: problem("Unknown or not visible") },
});

const LinkCreate = z
  .object({ actor_id: Id, obligation_code: ObligationCode, rationale: z.string().trim().min(1).max(10_000) })
  .strict()
  .openapi("ObligationLinkCreate");

const link = defineRoute({
  method: "post",
  path: "/v1/incidents/{id}/links",
  operationId: "linkIncidentObligation",
  access: ["regulator"],
  tags: ["liability"],
  summary: "Confirm or add that the harm engages an actor's obligation",
  request: { params: IdParam, ...creatingBody(LinkCreate) },
  responses: {
    201: jsonContent(Link, "Recorded"),
    404: problem("Unknown incident"),
    422: problem("Actor not in the chain or unknown obligation"),
  },
});

const linkView = (l: typeof t.obligationLinks.$inferSelect) => ({
  id: l.id,
  incident_id: l.incidentId,
  actor_id: l.actorId,
  obligation_code: l.obligationCode,
  rationale: l.rationale,
  recorded_at: l.recordedAt,
});

export const incidentObligationRoutes = createRouter()
  .openapi(get, async (c) => {
    const deps = c.get("deps");
    const li = await loadLiabilityIncident(deps.db, c.get("principal"), c.req.valid("param").id);
    const links = await obligationLinksOf(deps.db, li.incident.id);
    const actorIds = [...new Set(li.chain.map((m) => m.actor_id))];
    const evidence = await loadEvidence(deps.db, actorIds, [...new Set(li.chain.map((m) => m.product_id))]);
    const evaluatedAt = deps.clock.now().toISOString();
    const asOf = { incident: await incidentFacts(deps.db, li, evaluatedAt), evaluated_at: evaluatedAt };
    const linked = new Set(
      li.riskCodes.flatMap(
        (r) => catalog.risk_to_obligations[r as keyof typeof catalog.risk_to_obligations] ?? [],
      ),
    );
    const actors = actorIds.map((actorId) => {
      const members = li.chain.filter((m) => m.actor_id === actorId);
      const roles = new Set(members.map((m) => m.role.toUpperCase()));
      const suggested = catalog.obligations.filter(
        (o) => linked.has(o.code) && o.actors.some((a) => roles.has(a)),
      );
      const own = links.filter((l) => l.actorId === actorId);
      const codes = [
        ...new Set([...suggested.map((o) => o.code), ...own.map((l) => l.obligationCode)]),
      ].sort();
      const products = chainProducts(li.chain, actorId);
      return {
        actor_id: actorId,
        roles: members.map(({ role, product_id, via_lineage, acquired_by }) => ({
          role,
          product_id,
          via_lineage,
          acquired_by,
        })),
        obligations: codes.map((code) => {
          const rows = evidenceFor(evidence, actorId, code, products);
          const resolved = resolveObligation(
            code,
            engineEvidence(code, rows.attestations, rows.findings, li.incident.occurredAt),
            [],
            asOf,
          );
          return {
            code,
            title: catalog.obligations.find((o) => o.code === code)?.title ?? code,
            suggested: suggested.some((o) => o.code === code),
            status: resolved.status,
            basis: resolved.basis,
            links: own.filter((l) => l.obligationCode === code).map(linkView),
          };
        }),
      };
    });
    return c.json(
      { incident_id: li.incident.id, as_of: li.incident.occurredAt, risk_codes: li.riskCodes, actors },
      200,
    );
  })
  .openapi(link, async (c) => {
    const deps = c.get("deps");
    const principal = c.get("principal");
    const input = c.req.valid("json");
    const render = async (id: string) => {
      const row = await obligationLinkById(deps.db, id);
      return c.json(linkView(row), 201);
    };
    // The path is part of the request: the same key and body for another incident is another request.
    return idempotentCreate(
      c,
      "POST /v1/incidents/{id}/links",
      { path: c.req.path, body: input },
      (record) => createObligationLink(deps, principal, c.req.valid("param").id, input, record),
      render,
    );
  });
