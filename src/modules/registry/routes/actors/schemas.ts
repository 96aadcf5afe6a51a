import { z } from "@hono/zod-openapi";
import { Country, Cursor, Limit, Page, uniqueArray } from "../../../../platform/http/schemas";
import { searchText } from "../../../../platform/http/search-text";
import { CHAIN_ROLES } from "../../domain/value-chain";

/**
 * Supply-chain operators the PLD (Art. 8(1)(c), (3)) and AI Act Art. 26(5) name besides the value chain.
 * They are registry records only: no token role acts for them (yet), so the chain roles stay the three.
 */
export const SUPPLY_ROLES = [
  "authorised_representative",
  "importer",
  "distributor",
  "fulfilment_service_provider",
] as const;
export const ACTOR_ROLES = [...CHAIN_ROLES, ...SUPPLY_ROLES] as const;

export const ActorCreate = z
  .object({
    name: z.string().trim().min(1).max(300),
    roles: uniqueArray(z.enum(ACTOR_ROLES)).min(1),
    country: Country,
    contact_email: z.email(),
    identifiers: z
      .record(
        z.string().regex(/^[a-z0-9_]{1,40}$/, "keys are lowercase scheme names, e.g. lei"),
        z.string().min(1).max(200),
      )
      .optional()
      .openapi({ example: { lei: "5493001KJTIIGC8Y1R12", eudamed_srn: "DE-MF-000012345" } }),
  })
  .strict()
  .openapi("ActorCreate");

export const ActorPublic = z
  .object({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    country: z.string(),
    identifiers: z.record(z.string(), z.string()),
    created_at: z.string(),
  })
  .openapi("ActorPublic");

/** Contact data is shown only to regulators, admins and the actor itself. */
export const ActorView = ActorPublic.extend({ contact_email: z.string().optional() }).openapi("Actor");

export const ActorListQuery = z.object({
  role: z.enum(ACTOR_ROLES).optional(),
  country: Country.optional(),
  q: searchText({ maxLength: 200, maxTerms: 200, description: "Substring of the name" }).optional(),
  limit: Limit,
  cursor: Cursor,
});

export const ActorPage = Page(ActorView).openapi("ActorPage");
