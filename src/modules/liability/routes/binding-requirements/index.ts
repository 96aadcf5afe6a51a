import { z } from "@hono/zod-openapi";
import { defineRoute, jsonContent } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { BINDING_REQUIREMENTS, BINDING_REQUIREMENTS_NOTE } from "../../domain/binding-requirements";

const BindingRequirement = z
  .object({
    code: z.string().openapi({ example: "AIA_ART_10_DATA_GOVERNANCE" }),
    instrument: z.string().openapi({ example: "Regulation (EU) 2024/1689" }),
    citation: z.string().openapi({ example: "Art. 10" }),
    title: z.string().openapi({ description: "The article's or section's official heading" }),
    duty_bearers: z.array(z.string()).openapi({ description: "Value-chain roles that owe the requirement" }),
    risks: z.array(z.string()).openapi({
      description: "Catalog risks the requirement is intended to protect against (the registry's reading)",
    }),
    note: z.string().optional(),
  })
  .openapi("BindingRequirement");

const list = defineRoute({
  method: "get",
  path: "/v1/binding-requirements",
  operationId: "listBindingRequirements",
  access: "public",
  tags: ["liability"],
  summary: "Binding AI Act and MDR requirements a finding may cite (only these satisfy PLD Art. 10(2)(b))",
  description:
    "The codes a finding's obligation_code may name besides the WHO catalog obligations, which stay recommendations.",
  responses: {
    200: jsonContent(
      z.object({ note: z.string(), data: z.array(BindingRequirement) }),
      "Every binding requirement, as loaded",
    ),
  },
});

/** Public: the law a finding can be measured against must be readable by everyone. */
export const bindingRequirementRoutes = createRouter().openapi(list, (c) =>
  c.json({ note: BINDING_REQUIREMENTS_NOTE, data: [...BINDING_REQUIREMENTS] }, 200),
);
