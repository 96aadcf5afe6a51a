import { hasRole, managedFundId, type Principal } from "../../platform/auth/principal";
import { forbidden } from "../../platform/errors";

/**
 * The compensation module's one access policy. A fund is managed only by an administrator whose token
 * names it (`fund_id`); regulators oversee every fund (read, never decide); an actor of the value chain
 * sees only recourse claims against itself, never a claimant; a claimant reaches their own claim through
 * its receipt token (services/claims.ts).
 */

export const manages = (p: Principal, fundId: string) => managedFundId(p) === fundId;

export function assertManages(p: Principal, fundId: string) {
  if (!manages(p, fundId))
    throw forbidden("Only an administrator of this fund (a fund_admin token naming it) may do this");
}

/** The fund's books and its claimants: its administrators and regulators. */
export const readsFund = (p: Principal, fundId: string) => manages(p, fundId) || hasRole(p, "regulator");

export function assertReadsFund(p: Principal, fundId: string) {
  if (!readsFund(p, fundId)) throw forbidden("Only this fund's administrators and regulators may read this");
}
