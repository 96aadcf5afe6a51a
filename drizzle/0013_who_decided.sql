ALTER TABLE `disclosure_orders` ADD `decided_by` text;--> statement-breakpoint
ALTER TABLE `incident_legal_facts` ADD `actor_id` text;--> statement-breakpoint
ALTER TABLE `incident_legal_facts` ADD `fact_date` text;--> statement-breakpoint
ALTER TABLE `incident_legal_facts` ADD `decided_by` text;--> statement-breakpoint
ALTER TABLE `rebuttal_decisions` ADD `decided_by` text;