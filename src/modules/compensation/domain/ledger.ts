/**
 * The fund's double-entry ledger. Every transaction is a set of lines whose debits equal their credits, in
 * integer minor units of the fund's currency; nothing is ever edited (a correction is a new transaction).
 * Balances are read in each account's normal side: debit-normal for assets and expenses, credit-normal for
 * liabilities and income, so every balance a reader sees is a positive amount in the ordinary case.
 */

export const ACCOUNTS = {
  cash: "debit",
  levies: "credit",
  awards_expense: "debit",
  awards_payable: "credit",
  recoveries_receivable: "debit",
  recoveries_income: "credit",
  recoveries_written_off: "debit",
} as const;
export type Account = keyof typeof ACCOUNTS;
export const ACCOUNT_NAMES = Object.keys(ACCOUNTS) as Account[];

export const TRANSACTION_KINDS = [
  "contribution",
  "award",
  "award_adjustment",
  "payment",
  "recourse_opened",
  "recourse_recovered",
  "recourse_written_off",
] as const;
export type TransactionKind = (typeof TRANSACTION_KINDS)[number];

export interface Line {
  account: Account;
  debit_minor: number;
  credit_minor: number;
}

const move = (debit: Account, credit: Account, amount: number): Line[] => {
  if (!Number.isSafeInteger(amount) || amount <= 0)
    throw new RangeError("A posting moves a positive integer amount");
  return [
    { account: debit, debit_minor: amount, credit_minor: 0 },
    { account: credit, debit_minor: 0, credit_minor: amount },
  ];
};

/** A levy received from a developer, provider or deployer. */
export const contributionLines = (amount: number) => move("cash", "levies", amount);

/** An award decided (or raised on appeal): the fund now owes the claimant. A lowered award reverses the difference. */
export function awardLines(delta: number): Line[] {
  if (delta === 0) return [];
  return delta > 0
    ? move("awards_expense", "awards_payable", delta)
    : move("awards_payable", "awards_expense", -delta);
}

/** Paying the claimant settles what is owed out of cash. */
export const paymentLines = (amount: number) => move("awards_payable", "cash", amount);

/** The fund's subrogation claim against a liable actor, recognised when it is opened. */
export const recourseOpenedLines = (amount: number) =>
  move("recoveries_receivable", "recoveries_income", amount);

/** What the actor paid comes into cash; what it did not pay is written off. */
export function recourseClosedLines(
  claimed: number,
  recovered: number,
): { recovered: Line[]; written_off: Line[] } {
  return {
    recovered: recovered > 0 ? move("cash", "recoveries_receivable", recovered) : [],
    written_off:
      claimed - recovered > 0
        ? move("recoveries_written_off", "recoveries_receivable", claimed - recovered)
        : [],
  };
}

/** An account's balance on its normal side. */
export const normalBalance = (account: Account, debit: number, credit: number) =>
  ACCOUNTS[account] === "debit" ? debit - credit : credit - debit;
