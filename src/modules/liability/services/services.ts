export { attestationView, evidenceFor, findingView, loadEvidence } from "./evidence";
export { buildCausalityInput, incidentFacts } from "./facts";
export { assertInChain, chainProducts, type LiabilityIncident, loadLiabilityIncident } from "./incident";
