import DEMO_FUND from "../../funds/demo-fund-rules.json";
import type { DemoPost } from "./demo";

type Ref = { id: string; [k: string]: unknown };
type Harm = Ref & { receipt_token?: unknown };

/**
 * Issue 13's demo: a fund with a published harm table (funds/demo-fund-rules.json), levies from two
 * developers, and two claims: the carer of the child whose meningitis the triage chatbot missed (on the
 * table, approved and paid), and the near miss of the insulin advice (excluded: no harm reached the patient,
 * denied with reasons). Everything goes through the API, so it is validated and audited like real traffic.
 */
export async function seedDemoFund(
  post: DemoPost,
  r: { aurora: Ref; medisynth: Ref },
  harms: { missed: Harm; nearMiss: Harm },
) {
  const fund = await post("/v1/funds", "admin", { ...DEMO_FUND.fund, rules: DEMO_FUND.rules });
  const admin = `fund_admin:${fund.id}`;
  const key = (name: string) => ({ "idempotency-key": `demo-${name}-${fund.id}` });
  for (const [actor, amount, reference] of [
    [r.aurora, 5_000_000_000, "Levy 2026, invoice AUR-2026-01"],
    [r.medisynth, 2_000_000_000, "Levy 2026, invoice MSH-2026-01"],
  ] as const) {
    await post(`/v1/funds/${fund.id}/contributions`, admin, {
      actor_id: actor.id,
      amount_minor: amount,
      reference,
    });
  }
  const claim = (harm: Harm, body: Record<string, unknown>) =>
    post(
      "/v1/claims",
      "public",
      { fund_id: fund.id, incident_id: harm.id, ...body },
      {
        "x-receipt-token": String(harm.receipt_token),
      },
    );

  const paid = await claim(harms.missed, {
    claimant: { name: "Wanjiru K.", phone: "+254 700 000 001" },
    relationship: "carer",
    losses: [
      { kind: "medical_costs", amount_minor: 18_500_000 },
      { kind: "care_costs", amount_minor: 6_000_000 },
    ],
    discovered_at: "2026-04-03T08:00:00Z",
    interaction_at: "2026-04-02T08:40:00Z",
  });
  await post(`/v1/claims/${paid.id}/determinations`, admin, {
    rule: "exclusion:ORDINARY_CONSEQUENCE",
    applies: false,
    reason:
      "Bacterial meningitis treated late is not the ordinary course of a febrile illness triaged correctly",
  });
  await post(`/v1/claims/${paid.id}/decision`, admin, {
    decision: "approved",
    award_minor: 24_500_000,
    award_by_kind: { medical_costs: 18_500_000, care_costs: 6_000_000 },
    reasons:
      "On the harm table (HT-1): false triage advice to a patient, severe injury within a day; hospital invoices documented",
  });
  await post(`/v1/claims/${paid.id}/payments`, admin, { amount_minor: 24_500_000 }, key("payment-1"));

  const denied = await claim(harms.nearMiss, {
    claimant: { name: "Juma O.", email: "juma.o@example.org" },
    relationship: "patient",
    losses: [{ kind: "pain_and_suffering", amount_minor: 5_000_000 }],
    discovered_at: "2026-05-11T15:00:00Z",
    interaction_at: "2026-05-11T13:50:00Z",
  });
  await post(`/v1/claims/${denied.id}/decision`, admin, {
    decision: "denied",
    award_minor: 0,
    reasons:
      "No harm reached the patient: the clinician caught the dosing advice before it was followed (near miss, excluded by r. 4(2)); " +
      "no harm-table entry covers a harm of severity 'none'",
  });
}
