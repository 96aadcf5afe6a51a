-- Issue 9 item 5(b): the database itself refuses to rewrite history.
-- Append-only tables (the audit log and evidence the application only ever INSERTs; a correction is a
-- new row that supersedes an old one) refuse UPDATE and DELETE. Tables the application updates in
-- place (incidents: status, product match; products: stage) refuse only DELETE: nothing is ever
-- deleted from the registry. Someone with write access to the file can still drop these triggers;
-- the row seals and signed checkpoints (item 5 a and c) make that kind of tampering detectable.
-- Tables the application rewrites by design (counters, idempotency_keys, rate_limit_windows) are not
-- listed.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_reports_no_update` BEFORE UPDATE ON `incident_reports` BEGIN
  SELECT RAISE(ABORT, 'incident_reports is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_reports_no_delete` BEFORE DELETE ON `incident_reports` BEGIN
  SELECT RAISE(ABORT, 'incident_reports is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_events_no_update` BEFORE UPDATE ON `incident_events` BEGIN
  SELECT RAISE(ABORT, 'incident_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_events_no_delete` BEFORE DELETE ON `incident_events` BEGIN
  SELECT RAISE(ABORT, 'incident_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_responses_no_update` BEFORE UPDATE ON `incident_responses` BEGIN
  SELECT RAISE(ABORT, 'incident_responses is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_responses_no_delete` BEFORE DELETE ON `incident_responses` BEGIN
  SELECT RAISE(ABORT, 'incident_responses is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_risks_no_update` BEFORE UPDATE ON `incident_risks` BEGIN
  SELECT RAISE(ABORT, 'incident_risks is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_risks_no_delete` BEFORE DELETE ON `incident_risks` BEGIN
  SELECT RAISE(ABORT, 'incident_risks is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `attestations_no_update` BEFORE UPDATE ON `attestations` BEGIN
  SELECT RAISE(ABORT, 'attestations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `attestations_no_delete` BEFORE DELETE ON `attestations` BEGIN
  SELECT RAISE(ABORT, 'attestations is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `findings_no_update` BEFORE UPDATE ON `findings` BEGIN
  SELECT RAISE(ABORT, 'findings is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `findings_no_delete` BEFORE DELETE ON `findings` BEGIN
  SELECT RAISE(ABORT, 'findings is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `obligation_links_no_update` BEFORE UPDATE ON `obligation_links` BEGIN
  SELECT RAISE(ABORT, 'obligation_links is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `obligation_links_no_delete` BEFORE DELETE ON `obligation_links` BEGIN
  SELECT RAISE(ABORT, 'obligation_links is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_orders_no_update` BEFORE UPDATE ON `disclosure_orders` BEGIN
  SELECT RAISE(ABORT, 'disclosure_orders is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_orders_no_delete` BEFORE DELETE ON `disclosure_orders` BEGIN
  SELECT RAISE(ABORT, 'disclosure_orders is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_order_responses_no_update` BEFORE UPDATE ON `disclosure_order_responses` BEGIN
  SELECT RAISE(ABORT, 'disclosure_order_responses is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosure_order_responses_no_delete` BEFORE DELETE ON `disclosure_order_responses` BEGIN
  SELECT RAISE(ABORT, 'disclosure_order_responses is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `rebuttals_no_update` BEFORE UPDATE ON `rebuttals` BEGIN
  SELECT RAISE(ABORT, 'rebuttals is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `rebuttals_no_delete` BEFORE DELETE ON `rebuttals` BEGIN
  SELECT RAISE(ABORT, 'rebuttals is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `rebuttal_decisions_no_update` BEFORE UPDATE ON `rebuttal_decisions` BEGIN
  SELECT RAISE(ABORT, 'rebuttal_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `rebuttal_decisions_no_delete` BEFORE DELETE ON `rebuttal_decisions` BEGIN
  SELECT RAISE(ABORT, 'rebuttal_decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `causality_assessments_no_update` BEFORE UPDATE ON `causality_assessments` BEGIN
  SELECT RAISE(ABORT, 'causality_assessments is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `causality_assessments_no_delete` BEFORE DELETE ON `causality_assessments` BEGIN
  SELECT RAISE(ABORT, 'causality_assessments is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_legal_facts_no_update` BEFORE UPDATE ON `incident_legal_facts` BEGIN
  SELECT RAISE(ABORT, 'incident_legal_facts is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incident_legal_facts_no_delete` BEFORE DELETE ON `incident_legal_facts` BEGIN
  SELECT RAISE(ABORT, 'incident_legal_facts is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_no_update` BEFORE UPDATE ON `disclosures` BEGIN
  SELECT RAISE(ABORT, 'disclosures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `disclosures_no_delete` BEFORE DELETE ON `disclosures` BEGIN
  SELECT RAISE(ABORT, 'disclosures is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `stage_transitions_no_update` BEFORE UPDATE ON `stage_transitions` BEGIN
  SELECT RAISE(ABORT, 'stage_transitions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `stage_transitions_no_delete` BEFORE DELETE ON `stage_transitions` BEGIN
  SELECT RAISE(ABORT, 'stage_transitions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `product_versions_no_update` BEFORE UPDATE ON `product_versions` BEGIN
  SELECT RAISE(ABORT, 'product_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `product_versions_no_delete` BEFORE DELETE ON `product_versions` BEGIN
  SELECT RAISE(ABORT, 'product_versions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `version_bases_no_update` BEFORE UPDATE ON `version_bases` BEGIN
  SELECT RAISE(ABORT, 'version_bases is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `version_bases_no_delete` BEFORE DELETE ON `version_bases` BEGIN
  SELECT RAISE(ABORT, 'version_bases is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `product_lineage_no_update` BEFORE UPDATE ON `product_lineage` BEGIN
  SELECT RAISE(ABORT, 'product_lineage is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `product_lineage_no_delete` BEFORE DELETE ON `product_lineage` BEGIN
  SELECT RAISE(ABORT, 'product_lineage is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `incidents_no_delete` BEFORE DELETE ON `incidents` BEGIN
  SELECT RAISE(ABORT, 'incidents rows are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `products_no_delete` BEFORE DELETE ON `products` BEGIN
  SELECT RAISE(ABORT, 'products rows are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `actors_no_delete` BEFORE DELETE ON `actors` BEGIN
  SELECT RAISE(ABORT, 'actors rows are never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER `deployments_no_delete` BEFORE DELETE ON `deployments` BEGIN
  SELECT RAISE(ABORT, 'deployments rows are never deleted');
END;
