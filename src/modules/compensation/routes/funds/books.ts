import { CursorKey, decodeCursor, encodeCursor } from "../../../../platform/http/cursor";
import { defineRoute, jsonContent, problem } from "../../../../platform/http/route";
import { createRouter } from "../../../../platform/http/router";
import { IdParam } from "../../../../platform/http/schemas";
import { assertReadsFund } from "../../access";
import type { Account } from "../../domain/ledger";
import { FundReport, Ledger, LedgerQuery } from "../../schemas/api";
import { loadFund } from "../../services/funds";
import { ledgerPage } from "../../services/ledger";
import { fundReport } from "../../services/report";

const ledger = defineRoute({
  method: "get",
  path: "/v1/funds/{id}/ledger",
  operationId: "getFundLedger",
  access: ["fund_admin", "regulator"],
  tags: ["compensation"],
  summary: "The fund's double-entry ledger: lines with running balances, account balances and totals",
  description: "Debits equal credits at all times (`totals.balanced`). Amounts are integer minor units.",
  request: { params: IdParam, query: LedgerQuery },
  responses: { 200: jsonContent(Ledger, "The ledger"), 404: problem("Unknown fund") },
});

const report = defineRoute({
  method: "get",
  path: "/v1/funds/{id}/report",
  operationId: "getFundReport",
  access: "public",
  tags: ["compensation"],
  summary:
    "The fund's public report: claims received, decided, approved and paid, and median days to decision",
  description:
    "Per year of filing and per harm-table entry, with small-cell suppression (figures below k are withheld, " +
    "and partners so none can be recovered by subtraction); no amounts and no claimant.",
  request: { params: IdParam },
  responses: { 200: jsonContent(FundReport, "The report"), 404: problem("Unknown fund") },
});

export const ledgerRoutes = createRouter()
  .openapi(ledger, async (c) => {
    const deps = c.get("deps");
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const fund = await loadFund(deps.db, id);
    assertReadsFund(c.get("principal"), fund.id);
    const after = query.cursor ? decodeCursor(query.cursor, CursorKey.timeId) : undefined;
    const page = await ledgerPage(deps, fund.id, {
      account: query.account as Account | undefined,
      after: after ? { at: after[0], id: after[1] } : undefined,
      limit: query.limit,
    });
    const last = page.rows.at(-1);
    return c.json(
      {
        fund_id: fund.id,
        currency: fund.currency,
        entries: page.rows,
        next_cursor: page.more && last ? encodeCursor([last.at, last.id]) : null,
        accounts: page.accounts,
        totals: page.totals,
      },
      200,
    );
  })
  .openapi(report, async (c) => c.json(await fundReport(c.get("deps"), c.req.valid("param").id), 200));
