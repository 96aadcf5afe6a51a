// Generated from GET /openapi.json by `npm run client:generate` (openapi-typescript). Do not edit.

export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness and database check
         * @description Liveness and database check
         *
         *     Access: public.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/evidence-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kinds of evidence (disclosure kinds) and the obligations each one proves
         * @description Kinds of evidence (disclosure kinds) and the obligations each one proves
         *
         *     Access: public.
         */
        get: operations["listEvidenceKinds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/principles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Ethical principles
         * @description Ethical principles
         *
         *     Access: public.
         */
        get: operations["listPrinciples"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Risks of LMMs in health
         * @description Risks of LMMs in health
         *
         *     Access: public.
         */
        get: operations["listRisks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/lifecycle-stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Lifecycle stages in order
         * @description Lifecycle stages in order
         *
         *     Access: public.
         */
        get: operations["listLifecycleStages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/use-areas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health use areas
         * @description Health use areas
         *
         *     Access: public.
         */
        get: operations["listUseAreas"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/catalog/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obligations of the value chain, filterable by actor, stage and risk
         * @description Obligations of the value chain, filterable by actor, stage and risk
         *
         *     Access: public.
         */
        get: operations["listCatalogObligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List actors (public fields; contact data only for regulators and the actor itself)
         * @description List actors (public fields; contact data only for regulators and the actor itself)
         *
         *     Access: public.
         */
        get: operations["listActors"];
        put?: never;
        /**
         * Register a value-chain organisation
         * @description Register a value-chain organisation
         *
         *     Access: admin, regulator.
         */
        post: operations["registerActor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One actor
         * @description One actor
         *
         *     Access: public.
         */
        get: operations["getActor"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{id}/relations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Supply-chain relations of an actor, either side (public, as on a product's label)
         * @description Supply-chain relations of an actor, either side (public, as on a product's label)
         *
         *     Access: public.
         */
        get: operations["listActorRelations"];
        put?: never;
        /**
         * Record that this actor is another's authorised representative, importer, distributor, …
         * @description Recorded by the represented actor (`of_actor_id`) or a regulator. Append-only.
         *
         *     Access: developer, provider, deployer, regulator, admin.
         */
        post: operations["recordActorRelation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search the public product registry (newest first)
         * @description Search the public product registry (newest first)
         *
         *     Access: public.
         */
        get: operations["listProducts"];
        put?: never;
        /**
         * Register a product early (before release), for the caller's own organisation
         * @description Register a product early (before release), for the caller's own organisation
         *
         *     Access: developer, provider.
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public view of a product: lineage up and down, versions, stage history, disclosures
         * @description Public view of a product: lineage up and down, versions, stage history, disclosures
         *
         *     Access: public.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a version (pinning the foundation-model versions it builds on)
         * @description Add a version (pinning the foundation-model versions it builds on)
         *
         *     Access: developer, provider.
         */
        post: operations["addProductVersion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the product to another lifecycle stage
         * @description Move the product to another lifecycle stage
         *
         *     Access: developer, provider, regulator, admin.
         */
        post: operations["transitionProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/disclosures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a disclosure (append-only; published ones are public)
         * @description File a disclosure (append-only; published ones are public)
         *
         *     Access: developer, provider.
         */
        post: operations["fileDisclosure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/regulatory-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A product's regulatory facts (public, like the product) and the profile they add up to
         * @description A product's regulatory facts (public, like the product) and the profile they add up to
         *
         *     Access: public.
         */
        get: operations["listRegulatoryFacts"];
        put?: never;
        /**
         * Record a fact deciding which law applies (market placement, AI Act class, medical device, …)
         * @description Append-only. The product's developer or provider declares; a regulator records its own or a court's determination (`decided_by`), which outweighs a declaration. A later row on the same fact supersedes.
         *
         *     Access: developer, provider, regulator.
         */
        post: operations["recordRegulatoryFact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deployments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Deployments (public registry facts), oldest first
         * @description Deployments (public registry facts), oldest first
         *
         *     Access: public.
         */
        get: operations["listDeployments"];
        put?: never;
        /**
         * Record that the caller's organisation deploys a product version
         * @description Record that the caller's organisation deploys a product version
         *
         *     Access: deployer.
         */
        post: operations["createDeployment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The append-only, hash-chained audit log
         * @description The append-only, hash-chained audit log
         *
         *     Access: regulator, admin.
         */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Recompute the hash chain, check it against signed checkpoints and every sealed row
         * @description Recompute the hash chain, check it against signed checkpoints and every sealed row
         *
         *     Access: regulator, admin.
         */
        get: operations["verifyAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Signed heads of the audit chain, oldest first (save them to monitor the registry)
         * @description Each checkpoint is the chain head (seq, hash) signed with the registry's Ed25519 key (`GET /v1/audit/checkpoints/key`). A monitor keeps copies; `npm run -s audit:verify` later checks that the chain still extends every saved checkpoint (no truncation, no rewritten history).
         *
         *     Access: public.
         */
        get: operations["listAuditCheckpoints"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit/checkpoints/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public key (JWK, Ed25519) that signs audit checkpoints
         * @description The public key (JWK, Ed25519) that signs audit checkpoints
         *
         *     Access: public.
         */
        get: operations["getAuditCheckpointKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exact incident counts by one or two dimensions and/or over time
         * @description Same filters as the incident list. Every bucket is returned (no cap), margins included; a time series has every period, zeros included. Incidents merged into another are not counted. With a multi-valued dimension (risk_code, actor, foundation_model) an incident counts once per value, so margins then count (incident, value) pairs. Regulators see exact figures; actors see only incidents involving them, and any figure 0 < n < k is `suppressed` (with complementary suppression). Patient attributes (age_band, sex, language, disability) are regulator-only, as filters and as group_by dimensions: anyone else gets 403 naming the parameter, whatever the data.
         *
         *     Access: regulator, developer, provider, deployer.
         */
        get: operations["getIncidentStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export every matching incident as CSV, NDJSON or a FHIR R4 Bundle of AdverseEvents (streamed)
         * @description Same filters as the incident list, oldest first. Streamed in keyset batches, so memory stays constant at any size; the set is pinned to the incidents that existed when the export started.
         *
         *     Access: regulator.
         */
        get: operations["exportIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/regulatory-reports/{regime}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The regulator's report form (Commission Art. 73 template, MDCG MIR), prefilled from the registry
         * @description For the actor that owes the report under the regime (and regulators). Fields the registry cannot fill are marked `not_available` or `to_be_completed_by_reporter`. Nothing of the reporter's identity is in it. Shape: law/report-forms/<regime>.schema.json.
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getRegulatoryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List incidents, newest first (regulators: all; actors: those involving their products)
         * @description Actors always get the incidents in whose value chain they stand (`mine=true` states it), redacted: their products, products built on them (by the harming version's pinned bases when it has any, else by product lineage) and their deployments, exactly the incidents GET /v1/incidents/{id} shows them; patient-attribute filters (age_band, sex, language, disability) are regulator-only (403 otherwise).
         *
         *     Access: regulator, developer, provider, deployer.
         */
        get: operations["listIncidents"];
        put?: never;
        /**
         * Report a harm (anyone, with or without a token; anonymous reports keep no contact)
         * @description Returns a receipt token once: keep it to follow the report (`GET /v1/incidents/{id}/receipt`). Send an `Idempotency-Key` to retry safely: a replay returns the first response and creates nothing.
         *
         *     Access: public.
         */
        post: operations["fileIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rank candidate duplicates (same product or lineage, close dates, similar text) with a score
         * @description Rank candidate duplicates (same product or lineage, close dates, similar text) with a score
         *
         *     Access: regulator.
         */
        get: operations["listSimilarIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reporting deadlines per accountable actor, and which reporting regimes apply and why
         * @description Every regime in force for the incident's date is listed with its applicability (time, territory, kind of product, reportable incident). Deadlines run from each actor's own awareness; actors see their own rows.
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getIncidentDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Reporting deadlines across incidents (e.g. `status=late`), newest incidents first
         * @description A page holds the deadlines of whole incidents, so it may exceed `limit` by the last incident's rows.
         *
         *     Access: regulator.
         */
        get: operations["listDeadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/awareness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * When each accountable actor became aware, by source (actors see their own)
         * @description When each accountable actor became aware, by source (actors see their own)
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["listAwareness"];
        put?: never;
        /**
         * Record when an actor became aware (its acknowledgement, or a regulator's record with evidence)
         * @description Reporting periods run from the accountable actor's awareness (AI Act Art. 73(2), MDR Art. 87(3)); the earliest evidenced awareness starts its clock. The reporter's `aware_at` is never used for that.
         *
         *     Access: developer, provider, deployer, regulator.
         */
        post: operations["recordAwareness"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a report: the original reporter's follow-up (X-Receipt-Token) or an accountable actor's own report
         * @description An actor's report counts towards its reporting deadlines (`report_type`: initial or complete).
         *
         *     Access: public.
         */
        post: operations["addIncidentReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/receipt": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The reporter's receipt: status, history and own submissions (X-Receipt-Token)
         * @description The reporter's receipt: status, history and own submissions (X-Receipt-Token)
         *
         *     Access: public.
         */
        get: operations["getReceipt"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/receipt/additions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The reporter adds information (new text or evidence); nothing earlier is changed
         * @description The reporter adds information (new text or evidence); nothing earlier is changed
         *
         *     Access: public.
         */
        post: operations["addReceiptAddition"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move the incident through received → triaged → under_investigation → closed
         * @description Move the incident through received → triaged → under_investigation → closed
         *
         *     Access: regulator.
         */
        post: operations["transitionIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Merge this incident into another as a duplicate; every report and the audit trail are kept
         * @description The merged incident is closed (duplicate) and points to `into`; its reports then appear on `into`.
         *
         *     Access: regulator.
         */
        post: operations["mergeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An accountable actor responds: acknowledgement, root cause, corrective action or dispute
         * @description A corrective_action with `product_action` suspends or withdraws the product (the caller must be its developer or provider) through the product lifecycle rules, in the same atomic write.
         *
         *     Access: developer, provider, deployer.
         */
        post: operations["addIncidentResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An incident with its reports, redacted for the caller
         * @description Regulators see reporter contact (decrypted), patient attributes and every text. Others get an allow-listed view without reporter identity or text flagged as identifying; actors only for incidents in their value chain (404 otherwise).
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Match the incident to a registered product, set Art. 73 flags, or flag its text as identifying
         * @description Reporters' words are never changed: only the regulator's classification of the incident is.
         *
         *     Access: regulator.
         */
        patch: operations["updateIncident"];
        trace?: never;
    };
    "/v1/incidents/{id}/legal-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Determinations recorded for an incident, oldest first
         * @description Determinations recorded for an incident, oldest first
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["listLegalFacts"];
        put?: never;
        /**
         * Record a regulator's or court's determination the rulesets use (normal use, malfunction, …)
         * @description Append-only: a later decision on the same fact supersedes earlier ones in analyses evaluated after it was recorded; a court's decision outranks a regulator's (`decided_by`), whose reading is provisional. `high_risk` overrides the default (medical-device software is high-risk).
         *
         *     Access: regulator.
         */
        post: operations["recordLegalFact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/liability-allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record how two operators share liability by contract (for recourse between them only)
         * @description Recorded by one of the parties or a regulator. It is shown in the incident result between liable operators; it never limits liability towards the injured person (PLD Art. 15).
         *
         *     Access: developer, provider, deployer, regulator.
         */
        post: operations["recordLiabilityAllocation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public transparency: monthly incident counts by product, risk and/or severity, small cells suppressed
         * @description No token needed. Any figure 0 < n < k (default 5) is `suppressed`, and enough others are suppressed that it cannot be recovered from totals. Zeros are published; a suppressed figure is never 0. Incidents merged into another are not counted. Periods are months of occurrence, and occurred_from/occurred_to must be month starts, so no window is narrower than a calendar month. No patient attribute is a dimension or a filter here.
         *
         *     Access: public.
         */
        get: operations["getPublicStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disproportionality signals (PRR, ROR with 95% CI, Yates χ²) per entity × risk
         * @description Each (product or foundation model) × risk pair is compared with all other entities and risks; a signal meets PRR ≥ 2, χ² ≥ 4 and n ≥ 3 (Evans). At foundation_model level every incident on a descendant app counts for the model (version lineage at the time of the incident when known), which surfaces a shared harm pattern that each app alone is too small to show. Unit: (incident, entity, risk).
         *
         *     Access: regulator.
         */
        get: operations["listSignals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/products/{id}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obligations of every actor in the product's value chain, with compliance status and evidence
         * @description Applicable = owed by the actor's role (nominal, or taken on by modifying a model), of a lifecycle stage the product has reached, and protecting against a risk of the product's use areas or a cross-cutting risk. Status as of now: a finding outranks an attestation; the latest effective attestation wins.
         *
         *     Access: public.
         */
        get: operations["getProductObligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Attestations, newest recorded first (public: compliance claims are meant to be scrutinised)
         * @description Attestations, newest recorded first (public: compliance claims are meant to be scrutinised)
         *
         *     Access: public.
         */
        get: operations["listAttestations"];
        put?: never;
        /**
         * Attest, for the caller's own organisation, compliance with one obligation for a product
         * @description Append-only: a new attestation supersedes from its `effective_from`; the latest effective one wins. The caller must be in the product's value chain (developer, provider, deployer of its versions, or a modifier that took on the duty) and owe the obligation in that role.
         *
         *     Access: developer, provider, deployer.
         */
        post: operations["createAttestation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Findings, newest recorded first (public record, like published enforcement decisions)
         * @description Findings, newest recorded first (public record, like published enforcement decisions)
         *
         *     Access: public.
         */
        get: operations["listFindings"];
        put?: never;
        /**
         * Record a regulator's or court's finding on an actor's obligation
         * @description Append-only; the latest recorded finding on a duty supersedes earlier ones and outranks attestations.
         *
         *     Access: regulator.
         */
        post: operations["recordFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/obligations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Obligations each value-chain actor carried against this harm, with status as of occurred_at
         * @description Suggested from the catalog's risk_to_obligations for the incident's risk codes and the actor's roles; regulator links are added. An attestation recorded after the harm does not count.
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getIncidentObligations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm or add that the harm engages an actor's obligation
         * @description Confirm or add that the harm engages an actor's obligation
         *
         *     Access: regulator.
         */
        post: operations["linkIncidentObligation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/disclosure-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Order a value-chain actor to disclose or preserve evidence about this harm
         * @description Order a value-chain actor to disclose or preserve evidence about this harm
         *
         *     Access: regulator.
         */
        post: operations["issueDisclosureOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disclosure-orders/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a disclosure order (only the ordered actor; anyone else gets 404)
         * @description Answer a disclosure order (only the ordered actor; anyone else gets 404)
         *
         *     Access: developer, provider, deployer.
         */
        post: operations["answerDisclosureOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/disclosure-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A disclosure order and its answers (regulators and the ordered actor)
         * @description A disclosure order and its answers (regulators and the ordered actor)
         *
         *     Access: regulator, developer, provider, deployer.
         */
        get: operations["getDisclosureOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Causality rulesets the registry can apply (legal rules as versioned data)
         * @description Causality rulesets the registry can apply (legal rules as versioned data)
         *
         *     Access: public.
         */
        get: operations["listRulesets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rulesets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ruleset in full: conditions with citations, role presumptions, rebuttal
         * @description One ruleset in full: conditions with citations, role presumptions, rebuttal
         *
         *     Access: public.
         */
        get: operations["getRuleset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/binding-requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Binding AI Act and MDR requirements a finding may cite (only these satisfy PLD Art. 10(2)(b))
         * @description The codes a finding's obligation_code may name besides the WHO catalog obligations, which stay recommendations.
         *
         *     Access: public.
         */
        get: operations["listBindingRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/causality/explanation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The causality analysis explained for a court, the parties and regulators (JSON or printable HTML)
         * @description Actors and their role under the instrument, the chain of facts, what carried each presumption, the standard of proof and who established each element and when, inferences from silence, attestations disregarded because recorded after the harm, what is missing and how to obtain it, how a met element is answered, and a banner for withdrawn, non-binding or inapplicable instruments. An actor sees only its own entry; nothing of the reporter's identity is in it.
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getCausalityExplanation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/causality": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Presumption-of-causality analysis per value-chain actor under a ruleset, as of the harm
         * @description Regulators and claim handlers (fund_admin) see every actor; an actor sees only its own rows.
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getCausality"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/causality-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze the analysis for a claim or court, with SHA-256 hashes of its inputs
         * @description Freeze the analysis for a claim or court, with SHA-256 hashes of its inputs
         *
         *     Access: regulator, fund_admin.
         */
        post: operations["freezeCausalityAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/causality-assessments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A frozen assessment, re-checked against its stored input
         * @description A frozen assessment, re-checked against its stored input
         *
         *     Access: regulator, developer, provider, deployer, admin, fund_admin.
         */
        get: operations["getCausalityAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/rulesets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every registered ruleset (reporting and liability) and whether it covers this incident, with reasons
         * @description Reporting rulesets are listed in the version in force on the incident's date. `covered` is false when no registered binding ruleset applies (e.g. a territory the registry has no law for), unknown when one might.
         *
         *     Access: regulator.
         */
        get: operations["listIncidentRulesets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/incidents/{id}/rebuttals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rebut a presumption (the actor concerned, for itself)
         * @description Rebut a presumption (the actor concerned, for itself)
         *
         *     Access: developer, provider, deployer.
         */
        post: operations["fileRebuttal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rebuttals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept or reject a rebuttal (once; an accepted rebuttal changes the analysis)
         * @description Accept or reject a rebuttal (once; an accepted rebuttal changes the analysis)
         *
         *     Access: regulator.
         */
        post: operations["decideRebuttal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The registry's compensation funds
         * @description The registry's compensation funds
         *
         *     Access: public.
         */
        get: operations["listFunds"];
        put?: never;
        /**
         * Create a no-fault compensation fund with its first published rules
         * @description The rules (harm table, exclusions, filing deadlines, award schedule, caps, appeal window) are published data, each part with its citation. A fund administrator then manages the fund with a token naming it (`fund_id`).
         *
         *     Access: admin.
         */
        post: operations["createFund"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fund with its current rules and the history of rule versions
         * @description A fund with its current rules and the history of rule versions
         *
         *     Access: public.
         */
        get: operations["getFund"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Publish a new version of the fund's rules, in force from now
         * @description Claims already filed are judged under the version in force when they were filed.
         *
         *     Access: fund_admin.
         */
        put: operations["publishFundRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{id}/contributions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The levies paid into the fund
         * @description The levies paid into the fund
         *
         *     Access: fund_admin, regulator.
         */
        get: operations["listContributions"];
        put?: never;
        /**
         * Record a levy paid into the fund by a developer, provider or deployer
         * @description Record a levy paid into the fund by a developer, provider or deployer
         *
         *     Access: fund_admin.
         */
        post: operations["recordContribution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The fund's double-entry ledger: lines with running balances, account balances and totals
         * @description Debits equal credits at all times (`totals.balanced`). Amounts are integer minor units.
         *
         *     Access: fund_admin, regulator.
         */
        get: operations["getFundLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The fund's public report: claims received, decided, approved and paid, and median days to decision
         * @description Per year of filing and per harm-table entry, with small-cell suppression (figures below k are withheld, and partners so none can be recovered by subtraction); no amounts and no claimant.
         *
         *     Access: public.
         */
        get: operations["getFundReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A fund's claims, oldest first (without claimant identity)
         * @description A fund's claims, oldest first (without claimant identity)
         *
         *     Access: fund_admin, regulator.
         */
        get: operations["listClaims"];
        put?: never;
        /**
         * File a no-fault compensation claim for an incident (X-Receipt-Token of the incident, or a reporter token)
         * @description Answers a claim receipt token, shown only this once: the claimant reads the claim, its eligibility and decisions with it. The claimant's identity is encrypted and shown only to the fund's administrators and regulators.
         *
         *     Access: public.
         */
        post: operations["fileClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A claim: the claimant with its receipt token, the fund's administrators and regulators with theirs
         * @description A claim: the claimant with its receipt token, the fund's administrators and regulators with theirs
         *
         *     Access: public.
         */
        get: operations["getClaim"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Eligibility rule by rule, under the rules version in force when the claim was filed
         * @description Eligibility rule by rule, under the rules version in force when the claim was filed
         *
         *     Access: public.
         */
        get: operations["getClaimEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide a claim: approved, partially approved or denied, with the award by kind and the reasons
         * @description Awarding a claim that does not pass every eligibility rule needs `override_reason`. An award above any cap (schedule, per kind, per claim, the fund's annual cap) is a 422 naming the cap (`limit`, `limit_minor`, `citation`).
         *
         *     Access: fund_admin.
         */
        post: operations["decideClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/determinations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record whether an exclusion applies, and who decided it (the fund, a regulator or a court)
         * @description Record whether an exclusion applies, and who decided it (the fund, a regulator or a court)
         *
         *     Access: fund_admin.
         */
        post: operations["recordClaimDetermination"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The claimant appeals the decision (claim X-Receipt-Token), within the fund's appeal window
         * @description The claimant appeals the decision (claim X-Receipt-Token), within the fund's appeal window
         *
         *     Access: public.
         */
        post: operations["appealClaimDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pay (part of) the award; `Idempotency-Key` is required, so a retried payment is never paid twice
         * @description Pay (part of) the award; `Idempotency-Key` is required, so a retried payment is never paid twice
         *
         *     Access: fund_admin.
         */
        post: operations["payClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/claims/{id}/recourse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the fund's recourse (subrogation) claim against an actor a frozen causality assessment finds liable
         * @description Open the fund's recourse (subrogation) claim against an actor a frozen causality assessment finds liable
         *
         *     Access: fund_admin.
         */
        post: operations["openRecourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appeals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an appeal: allowed (with the new decision and award) or dismissed (the decision stands)
         * @description The same caps and override rule apply as to a first decision; an award may not fall below what was paid.
         *
         *     Access: fund_admin.
         */
        post: operations["decideAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recourse/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A recourse claim: for the fund's staff, and for the actor it is against (never the claimant)
         * @description A recourse claim: for the fund's staff, and for the actor it is against (never the claimant)
         *
         *     Access: fund_admin, regulator, developer, provider, deployer.
         */
        get: operations["getRecourse"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/recourse/{id}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Settle (with the amount recovered, credited to the fund's cash) or dismiss a recourse claim
         * @description Settle (with the amount recovered, credited to the fund's cash) or dismiss a recourse claim
         *
         *     Access: fund_admin.
         */
        post: operations["closeRecourse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Problem: {
            type: string;
            title: string;
            status: number;
            detail?: string;
            instance?: string;
            errors?: {
                in: string;
                path: string;
                message: string;
            }[];
            /** @description This exchange's `X-Request-Id` response header: quote it when reporting a problem */
            request_id: string;
        };
        CatalogEntry: {
            [key: string]: unknown;
        };
        Actor: components["schemas"]["ActorPublic"] & {
            contact_email?: string;
        };
        ActorPublic: {
            id: string;
            name: string;
            roles: string[];
            country: string;
            identifiers: {
                [key: string]: string;
            };
            created_at: string;
        };
        ActorCreate: {
            name: string;
            roles: ("developer" | "provider" | "deployer" | "authorised_representative" | "importer" | "distributor" | "fulfilment_service_provider")[];
            /**
             * @description ISO 3166-1 alpha-2
             * @example KE
             */
            country: string;
            /** Format: email */
            contact_email: string;
            /**
             * @example {
             *       "lei": "5493001KJTIIGC8Y1R12",
             *       "eudamed_srn": "DE-MF-000012345"
             *     }
             */
            identifiers?: {
                [key: string]: string;
            };
        };
        ActorPage: {
            data: components["schemas"]["Actor"][];
            next_cursor: string | null;
        };
        ActorRelation: {
            id: string;
            actor_id: string;
            /** @enum {string} */
            relation: "authorised_representative_of" | "importer_of" | "fulfilment_service_provider_for" | "distributor_of";
            of_actor_id: string;
            product_id: string | null;
            effective_from: string;
            effective_to: string | null;
            recorded_at: string;
        };
        ActorRelationCreate: {
            /** @enum {string} */
            relation: "authorised_representative_of" | "importer_of" | "fulfilment_service_provider_for" | "distributor_of";
            of_actor_id: string;
            /** @description Only for this product */
            product_id?: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_to?: string;
        };
        Product: components["schemas"]["ProductSummary"] & {
            lineage: {
                ancestors: {
                    product_id: string;
                    registration_number?: string;
                    name?: string;
                    kind?: string;
                    relation: string;
                    depth: number;
                    via: string;
                }[];
                descendants: {
                    product_id: string;
                    registration_number?: string;
                    name?: string;
                    kind?: string;
                    relation: string;
                    depth: number;
                    via: string;
                }[];
            };
            versions: components["schemas"]["ProductVersion"][];
            stage_history: components["schemas"]["StageTransition"][];
            disclosures: components["schemas"]["Disclosure"][];
            deployments_count: number;
            incident_counts: components["schemas"]["ProductIncidentCounts"];
        };
        ProductVersion: {
            id: string;
            product_id: string;
            version: string;
            released_at: string | null;
            changelog: string;
            substantial_modification: boolean;
            base_versions: string[];
            recorded_at: string;
        };
        StageTransition: {
            product_id?: string;
            from: string | null;
            to: string;
            reason: string;
            at: string;
            by_role: string;
        };
        Disclosure: {
            id: string;
            product_id: string;
            actor_id: string | null;
            kind: string;
            title: string;
            uri: string | null;
            sha256: string;
            published: boolean;
            summary: string;
            recorded_at: string;
        };
        /** @description Incidents on this product (merged duplicates excluded); 0 < n < k suppressed */
        ProductIncidentCounts: {
            k: number;
            total: {
                count: number;
            } | {
                /** @enum {boolean} */
                suppressed: true;
            };
            by_severity: ({
                severity: string;
            } & ({
                count: number;
            } | {
                /** @enum {boolean} */
                suppressed: true;
            }))[];
        };
        ProductSummary: {
            id: string;
            /** @example LMMR-2026-000042 */
            registration_number: string;
            name: string;
            kind: string;
            intended_purpose: string;
            use_areas: string[];
            modalities: string[];
            languages: string[];
            developer_actor_id: string;
            provider_actor_id: string | null;
            stage: string;
            registered_at: string;
        };
        ProductCreate: {
            name: string;
            /** @enum {string} */
            kind: "foundation_model" | "application" | "medical_device_software" | "other";
            intended_purpose: string;
            use_areas: string[];
            modalities: ("text" | "image" | "audio" | "video" | "speech" | "genomic" | "sensor" | "structured_data" | "code")[];
            languages: string[];
            /** @default [] */
            builds_on?: {
                /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
                product_id: string;
                /** @enum {string} */
                relation: "fine_tune" | "integration" | "plugin" | "distillation";
            }[];
            /**
             * @description Provider, when a developer registers
             * @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d
             */
            provider_actor_id?: string;
            /**
             * @description Developer, when a provider registers
             * @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d
             */
            developer_actor_id?: string;
        };
        ProductPage: {
            data: components["schemas"]["ProductSummary"][];
            next_cursor: string | null;
        };
        VersionCreate: {
            version: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            released_at?: string;
            changelog: string;
            substantial_modification: boolean;
            /**
             * @description Foundation-model versions this builds on
             * @default []
             */
            base_versions?: string[];
        };
        TransitionCreate: {
            to: string;
            reason: string;
        };
        DisclosureCreate: {
            /**
             * @example red_team_report
             * @enum {string}
             */
            kind: "acceptable_use_policy" | "age_verification_mechanism" | "ai_disclosure_ui_spec" | "api_licence_terms" | "authorship_statement" | "benchmark_report" | "bias_mitigation_report" | "breach_response_plan" | "carbon_footprint_report" | "certification_record" | "change_impact_assessment" | "change_log" | "chat_log_deletion_feature" | "claims_procedure" | "clinical_evaluation_report" | "comparative_evidence_report" | "compensation_fund_charter" | "complaint_handling_log" | "compute_usage_log" | "conformity_assessment" | "conformity_certificate" | "consent_form" | "consent_records" | "consumer_law_compliance_review" | "content_correction_log" | "data_collection_protocol" | "data_governance_policy" | "data_processing_records" | "data_provenance_register" | "data_refresh_policy" | "data_retention_policy" | "data_source_summary" | "data_sourcing_policy" | "data_subject_request_procedure" | "dataset_composition_report" | "dataset_partition_documentation" | "dataset_version_log" | "datasheet" | "decommissioning_record" | "deployment_risk_register" | "deployment_suitability_assessment" | "design_for_values_procedure" | "design_review_minutes" | "developer_provider_agreement" | "disability_bias_audit" | "disaggregated_outcomes_report" | "dpia_report" | "energy_efficiency_report" | "ethics_committee_approval" | "ethics_conditions_of_access" | "ethics_training_records" | "evidence_dossier" | "footprint_disclosure" | "foreseeable_use_analysis" | "fund_financing_plan" | "governance_audit_report" | "harm_incident_communication" | "health_expertise_staffing_record" | "health_query_filter_config" | "health_technology_assessment" | "human_review_protocol" | "human_rights_impact_assessment" | "impact_assessment_report" | "incident_register" | "incident_report" | "inclusive_design_record" | "infrastructure_access_agreement" | "intended_population_statement" | "intended_use_statement" | "international_agreement" | "interpretability_report" | "investment_appraisal" | "labour_audit_report" | "language_coverage_report" | "language_filter_test_report" | "legal_basis_register" | "liability_legislation" | "literacy_programme_report" | "methods_section_disclosure" | "mitigation_evidence_log" | "model_audit_report" | "model_card" | "model_update_notes" | "modification_log" | "multilingual_requirement_in_contract" | "open_access_licence" | "operational_disclosure_report" | "other" | "output_style_policy" | "override_log" | "oversight_college_charter" | "oversight_college_minutes" | "oversight_review_minutes" | "paediatric_use_monitoring_report" | "paediatric_validation_report" | "participation_record" | "patient_notification_record" | "performance_validation_report" | "phi_use_policy" | "post_release_audit_report" | "pre_deployment_mitigation_report" | "precertification_record" | "premortem_record" | "pricing_policy" | "privacy_by_design_assessment" | "privacy_notice" | "procurement_contract_clauses" | "product_classification_decision" | "prospective_trial_results" | "provider_risk_information_review" | "public_consultation_report" | "public_disclosure_record" | "public_oversight_record" | "published_audit_link" | "red_team_report" | "registration_confirmation" | "registry_entry" | "regulatory_approval_decision" | "regulatory_technical_file" | "remediation_log" | "responsibility_matrix" | "risk_classification" | "risk_label" | "risk_management_file" | "risk_treatment_plan" | "safety_case" | "safety_efficacy_dossier" | "sandbox_agreement" | "sandbox_monitoring_report" | "security_assessment" | "stakeholder_engagement_log" | "submission_dossier" | "supplier_certification" | "supplier_due_diligence_record" | "suspension_notice" | "target_product_profile" | "technical_documentation" | "tender_specification" | "test_results_summary" | "third_party_audit_report" | "tiered_pricing_schedule" | "tpp_conformance_statement" | "training_completion_records" | "training_curriculum" | "training_opt_out_mechanism" | "trial_authorization" | "trial_registration" | "user_notification_screenshots" | "user_risk_notice" | "wage_audit" | "warning_text" | "water_footprint_report" | "weights_access_log" | "withdrawal_notice" | "worker_wellbeing_programme";
            title: string;
            /**
             * Format: uri
             * @example https://example.org/model-card.pdf
             */
            uri?: string;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
            published: boolean;
            summary: string;
        };
        RegulatoryFact: {
            id: string;
            product_id: string;
            version_id: string | null;
            fact: string;
            value: string;
            qualifier: string | null;
            territory: string | null;
            effective_from: string;
            source: string;
            /** @enum {string} */
            decided_by: "developer" | "provider" | "regulator" | "court";
            recorded_at: string;
        };
        /** @description One fact deciding which instruments apply. Open source and commercial activity: PLD Art. 2(2) and recital 14; AI Act class: Art. 6; medical device: MDR/IVDR; US FDA device: 21 CFR 803. */
        RegulatoryFactCreate: {
            /** @enum {string} */
            fact: "market";
            /**
             * @description EU, or ISO 3166-1 alpha-2
             * @example DE
             */
            territory: string;
            /**
             * Format: date-time
             * @description Placed on the market or put into service there
             * @example 2026-03-14T09:30:00Z
             */
            placed_at: string;
            /** @description Only this version */
            version_id?: string;
            /** @example EU declaration of conformity DoC-2027-014, section 2 */
            source: string;
            /** @enum {string} */
            decided_by?: "regulator" | "court";
        } | {
            /** @enum {string} */
            fact: "ai_act_risk_class";
            /** @enum {string} */
            value: "high_risk" | "not_high_risk" | "gpai" | "unknown";
            /**
             * @description Required for high_risk
             * @enum {string}
             */
            basis?: "annex_i" | "annex_iii";
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
            /** @description Only this version */
            version_id?: string;
            /** @example EU declaration of conformity DoC-2027-014, section 2 */
            source: string;
            /** @enum {string} */
            decided_by?: "regulator" | "court";
        } | {
            /** @enum {string} */
            fact: "medical_device";
            /** @enum {string} */
            value: "none" | "mdr" | "ivdr";
            device_class?: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
            /** @description Only this version */
            version_id?: string;
            /** @example EU declaration of conformity DoC-2027-014, section 2 */
            source: string;
            /** @enum {string} */
            decided_by?: "regulator" | "court";
        } | {
            /** @enum {string} */
            fact: "open_source";
            value: boolean;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
            /** @description Only this version */
            version_id?: string;
            /** @example EU declaration of conformity DoC-2027-014, section 2 */
            source: string;
            /** @enum {string} */
            decided_by?: "regulator" | "court";
        } | {
            /** @enum {string} */
            fact: "commercial_activity";
            value: boolean;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
            /** @description Only this version */
            version_id?: string;
            /** @example EU declaration of conformity DoC-2027-014, section 2 */
            source: string;
            /** @enum {string} */
            decided_by?: "regulator" | "court";
        } | {
            /** @enum {string} */
            fact: "us_fda_device";
            value: boolean;
            /** @enum {string} */
            device_class?: "I" | "II" | "III";
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
            /** @description Only this version */
            version_id?: string;
            /** @example EU declaration of conformity DoC-2027-014, section 2 */
            source: string;
            /** @enum {string} */
            decided_by?: "regulator" | "court";
        };
        RegulatoryProfile: {
            markets: {
                territory: string;
                placed_at: string;
                decided_by: string;
                fact_id: string;
            }[];
            ai_act_risk_class: {
                value: string | boolean;
                qualifier: string | null;
                decided_by: string;
                fact_id: string;
                effective_from: string;
            } | null;
            medical_device: {
                value: string | boolean;
                qualifier: string | null;
                decided_by: string;
                fact_id: string;
                effective_from: string;
            } | null;
            open_source: {
                value: string | boolean;
                qualifier: string | null;
                decided_by: string;
                fact_id: string;
                effective_from: string;
            } | null;
            commercial_activity: {
                value: string | boolean;
                qualifier: string | null;
                decided_by: string;
                fact_id: string;
                effective_from: string;
            } | null;
            us_fda_device: {
                value: string | boolean;
                qualifier: string | null;
                decided_by: string;
                fact_id: string;
                effective_from: string;
            } | null;
        };
        Deployment: {
            id: string;
            product_id: string;
            product_version_id: string;
            deployer_actor_id: string;
            setting: string;
            country: string;
            languages: string[];
            population: string;
            human_oversight: string;
            started_at: string;
            ended_at: string | null;
            recorded_at: string;
        };
        DeploymentCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_version_id: string;
            /** @example primary care */
            setting: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example KE
             */
            country: string;
            languages: string[];
            /** @example adults attending rural clinics */
            population: string;
            /** @example every draft reviewed by a nurse */
            human_oversight: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            started_at: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            ended_at?: string;
        };
        AuditEntry: {
            seq: number;
            at: string;
            actor: {
                sub: string;
                role: string;
            };
            action: string;
            entity: string;
            entity_id: string;
            payload_sha256: string;
            prev_hash: string;
            hash: string;
        };
        AuditCheckpoint: {
            seq: number;
            hash: string;
            at: string;
            /** @description Compact JWS (EdDSA/Ed25519) over {seq, hash, at} */
            jws: string;
        };
        StatsTable: {
            group_by: ("risk_code" | "product" | "actor" | "foundation_model" | "country" | "severity" | "event_type" | "outcome" | "age_band" | "sex" | "language" | "disability" | "use_area" | "setting")[];
            /** @enum {string|null} */
            interval: "day" | "week" | "month" | "year" | null;
            suppression: {
                applied: boolean;
                k: number;
            };
            labels: {
                [key: string]: string[];
            };
            /** @description Display names of product, foundation_model and actor labels, by id */
            names: {
                [key: string]: {
                    [key: string]: string;
                };
            };
            periods: string[] | null;
            cells: components["schemas"]["StatsCell"][];
        };
        StatsCell: {
            /** @description null = total over that dimension */
            by: {
                [key: string]: string | null;
            };
            /** @description null = all periods */
            period?: string | null;
            count?: number;
            /**
             * @description 0 < count < k, or protects such a cell
             * @enum {boolean}
             */
            suppressed?: true;
        };
        RegulatoryReport: {
            form: {
                [key: string]: unknown;
            };
            /** @enum {string} */
            regime: "eu-ai-act-art73" | "eu-mdr-art87";
            generated_at: string;
        } & {
            [key: string]: unknown;
        };
        IncidentCreated: {
            id: string;
            reference: string;
            status: string;
            receipt_token: string;
        };
        IncidentCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_id?: string;
            /**
             * @description LMMR-YYYY-NNNNNN (case-insensitive)
             * @example LMMR-2026-000042
             */
            registration_number?: string;
            /** @description When the product is not known */
            product_name?: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_version_id?: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            deployment_id?: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            occurred_at: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            aware_at?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example KE
             */
            country: string;
            /** @enum {string} */
            setting: "hospital" | "primary_care" | "telehealth" | "consumer_app" | "pharmacy" | "long_term_care" | "home_care" | "public_health" | "research" | "other";
            use_area?: string;
            description: string;
            /**
             * @description The text names or identifies people
             * @default false
             */
            description_identifying?: boolean;
            /** @enum {string} */
            event_type: "death" | "serious_injury" | "injury" | "malfunction" | "near_miss";
            /** @enum {string} */
            severity: "none" | "mild" | "moderate" | "severe" | "life_threatening" | "fatal";
            /** @enum {string} */
            outcome: "recovered" | "recovering" | "not_recovered" | "recovered_with_sequelae" | "fatal" | "unknown";
            /** @default [] */
            risk_codes?: string[];
            /** @default false */
            widespread_infringement?: boolean;
            /** @default false */
            critical_infrastructure_disruption?: boolean;
            /** @default false */
            fundamental_rights_infringement?: boolean;
            /** @default false */
            property_or_environment_harm?: boolean;
            /** @default false */
            serious_public_health_threat?: boolean;
            /** @default false */
            unanticipated_deterioration?: boolean;
            /** @default {} */
            patient?: {
                /** @enum {string} */
                age_band?: "0-1" | "2-11" | "12-17" | "18-29" | "30-44" | "45-64" | "65-74" | "75+" | "unknown";
                /** @enum {string} */
                sex?: "female" | "male" | "intersex" | "unknown";
                /** @example sw */
                language?: string;
                /** @enum {string} */
                disability?: "yes" | "no" | "unknown";
                ethnicity?: string;
                /** @enum {string} */
                patient_knew_ai_was_used?: "yes" | "no" | "unknown";
            };
            reporter: {
                /** @enum {string} */
                role: "patient" | "carer" | "clinician" | "deployer" | "developer" | "provider" | "other";
                anonymous: boolean;
                contact?: {
                    name?: string;
                    /** Format: email */
                    email?: string;
                    /** @example +254 700 000 001 */
                    phone?: string;
                };
            };
            /** @default [] */
            evidence?: {
                /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                sha256: string;
                media_type: string;
                description?: string;
            }[];
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            transcript_sha256?: string;
            /**
             * @description Actors: Art. 73 initial or complete
             * @enum {string}
             */
            report_type?: "initial" | "complete";
        };
        IncidentPage: {
            data: {
                [key: string]: unknown;
            }[];
            next_cursor: string | null;
        };
        IncidentDeadlines: {
            data: components["schemas"]["ReportingDeadline"][];
            regimes: components["schemas"]["ReportingRegime"][];
        };
        ReportingDeadline: {
            ruleset: string;
            ruleset_version: number;
            incident_id: string;
            incident_reference: string;
            actor_id: string;
            role: string;
            /** @enum {string} */
            kind: "initial" | "complete";
            /** @enum {string} */
            addressee: "authority" | "provider" | "importer_or_distributor";
            rule_id: string;
            citation: string;
            /** @enum {string} */
            clock_basis: "registry_notification" | "own_report" | "acknowledgement" | "regulator_record";
            awareness_id: string | null;
            clock_start_at: string;
            time_zone: string;
            due_at: string | null;
            immediately_window_hours: number | null;
            met_at: string | null;
            /** @enum {string} */
            status: "pending" | "met" | "late";
        };
        ReportingRegime: components["schemas"]["Applicability"] & {
            ruleset: string;
            ruleset_version: number;
            title: string;
            jurisdiction: string;
            duties: {
                id: string;
                citation: string;
                text: string;
            }[];
        };
        ApplicabilityReason: {
            code: string;
            outcome: boolean | "unknown";
            text: string;
            citation: string;
            /** @description Who established the fact: incident_record, <role>_declaration, regulator, court, registry_default, not_recorded, instrument */
            basis: string;
            fact_id?: string;
        };
        Applicability: {
            applies: boolean | "unknown";
            reasons: components["schemas"]["ApplicabilityReason"][];
            governed_instead_by?: {
                instrument: string;
                citation: string;
            };
        };
        DeadlinePage: {
            data: components["schemas"]["ReportingDeadline"][];
            next_cursor: string | null;
        };
        ActorAwareness: {
            actor_id: string;
            /** @enum {string} */
            source: "registry_notification" | "own_report" | "acknowledgement" | "regulator_record";
            aware_at: string;
            id: string | null;
        };
        AwarenessCreate: {
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            aware_at: string;
            /** @description Regulators: the actor concerned */
            actor_id?: string;
            /** @description Regulators: what shows the actor knew (required for them) */
            evidence?: string;
        };
        IncidentReportCreated: {
            id: string;
            incident_id: string;
            kind: string;
            filing: string | null;
            submitted_at: string;
        };
        ReportCreate: {
            text: string;
            /** @default false */
            text_identifying?: boolean;
            reporter: {
                /** @enum {string} */
                role: "patient" | "carer" | "clinician" | "deployer" | "developer" | "provider" | "other";
                anonymous: boolean;
                contact?: {
                    name?: string;
                    /** Format: email */
                    email?: string;
                    /** @example +254 700 000 001 */
                    phone?: string;
                };
            };
            /** @default [] */
            evidence?: {
                /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                sha256: string;
                media_type: string;
                description?: string;
            }[];
            /**
             * @description Actors: Art. 73 initial or complete
             * @enum {string}
             */
            report_type?: "initial" | "complete";
        };
        IncidentReceipt: {
            incident_id: string;
            reference: string;
            status: string;
            closure: string | null;
            received_at: string;
            merged_into: {
                reference: string;
                status: string;
                closure: string | null;
            } | null;
            history: ({
                type: string;
                status: string | null;
                closure: string | null;
                at: string;
            } & {
                [key: string]: unknown;
            })[];
            your_submissions: {
                id: string;
                kind: string;
                submitted_at: string;
            }[];
        };
        ReceiptAddition: {
            text: string;
            /** @default false */
            text_identifying?: boolean;
            /** @default [] */
            evidence?: {
                /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                sha256: string;
                media_type: string;
                description?: string;
            }[];
        };
        IncidentTransitionResult: {
            incident_id: string;
            from: string;
            to: string;
            closure: string | null;
            reason: string;
            at: string;
        };
        IncidentTransition: {
            /** @enum {string} */
            to: "received" | "triaged" | "under_investigation" | "closed";
            /** @enum {string} */
            closure?: "confirmed" | "not_confirmed" | "duplicate" | "out_of_scope";
            reason: string;
        };
        Incident: {
            id: string;
            /** @example INC-2026-000042 */
            reference: string;
            status: string;
            closure: string | null;
            merged_into: {
                id: string;
                reference: string | null;
            } | null;
            merged_from: string[];
            product_id: string | null;
            product_version_id: string | null;
            deployment_id: string | null;
            occurred_at: string;
            aware_at: string | null;
            received_at: string;
            country: string;
            setting: string;
            use_area: string | null;
            event_type: string;
            severity: string;
            outcome: string;
            risk_codes: string[];
            widespread_infringement: boolean;
            critical_infrastructure_disruption: boolean;
            fundamental_rights_infringement: boolean;
            property_or_environment_harm: boolean;
            serious_public_health_threat: boolean;
            unanticipated_deterioration: boolean;
            provider_unreachable: boolean;
            patient_knew_ai_was_used: string | null;
            /** @description null for actors when flagged as identifying */
            description: string | null;
            description_withheld?: boolean;
            reports: components["schemas"]["IncidentReport"][];
            responses: components["schemas"]["IncidentResponse"][];
            product_name_text?: string | null;
            description_identifying?: boolean;
            patient?: {
                age_band: string | null;
                sex: string | null;
                language: string | null;
                disability: string | null;
                ethnicity: string | null;
            };
            history?: {
                type: string;
                from_status: string | null;
                to_status: string | null;
                closure: string | null;
                detail: {
                    [key: string]: unknown;
                };
                at: string;
                by_role: string;
            }[];
        };
        IncidentReport: {
            id: string;
            incident_id: string;
            kind: string;
            reporter_role: string;
            filing: string | null;
            submitted_at: string;
            from_actor_id?: string | null;
            text?: string | null;
            text_withheld?: boolean;
            evidence?: ({
                sha256?: string;
                media_type: string;
            } & {
                [key: string]: unknown;
            })[];
            anonymous?: boolean;
            actor_id?: string | null;
            submitted_by_sub?: string | null;
            contact?: {
                name?: string;
                email?: string;
                phone?: string;
            } | null;
            identifying_text?: boolean;
            supersedes_report_id?: string | null;
            body?: {
                [key: string]: unknown;
            };
        };
        IncidentResponse: {
            id: string;
            incident_id: string;
            actor_id: string;
            kind: string;
            text: string;
            evidence?: unknown;
            product_action: {
                product_id: string | null;
                stage_transition_id: string;
                from?: string;
                to?: string;
            } | null;
            submitted_at: string;
        };
        IncidentMerge: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            into: string;
            reason?: string;
        };
        IncidentResponseCreate: {
            /** @enum {string} */
            kind: "acknowledgement" | "root_cause" | "corrective_action" | "dispute";
            text: string;
            /** @default [] */
            evidence?: {
                /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                sha256: string;
                media_type: string;
                description?: string;
            }[];
            /** @description corrective_action only: suspend or withdraw the product (default: the incident's) */
            product_action?: {
                /** @enum {string} */
                to: "LC_SUSPENDED" | "LC_WITHDRAWN";
                /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
                product_id?: string;
            };
        };
        IncidentPatch: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_id?: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_version_id?: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            deployment_id?: string;
            widespread_infringement?: boolean;
            critical_infrastructure_disruption?: boolean;
            fundamental_rights_infringement?: boolean;
            property_or_environment_harm?: boolean;
            serious_public_health_threat?: boolean;
            unanticipated_deterioration?: boolean;
            /** @description The deployer cannot reach the provider: AI Act Art. 26(5), last sentence */
            provider_unreachable?: boolean;
            description_identifying?: boolean;
        };
        LegalFact: {
            id: string;
            incident_id: string;
            fact: string;
            actor_id: string | null;
            value: boolean;
            fact_date: string | null;
            basis: string;
            decided_at: string;
            decided_by: components["schemas"]["DecidedBy"];
            recorded_at: string;
        };
        DecidedBy: {
            /** @enum {string} */
            kind: "court" | "regulator" | "registry_default";
            body: string;
            case_number: string | null;
            decided_at: string;
            legal_basis: string;
        } | null;
        LegalFactCreate: {
            /** @enum {string} */
            fact: "high_risk" | "normal_use" | "obvious_malfunction" | "evidence_reasonably_accessible" | "excessive_difficulty" | "damage_personal_injury" | "damage_property" | "damage_data" | "defect_established" | "likely_defect_or_causation" | "recall_or_withdrawal" | "latent_personal_injury" | "injured_person_fault" | "output_caused_damage" | "fault_causal_link_likely" | "personal_non_professional_use" | "causal_link_likely" | "causal_link_established" | "development_risk_defence_excluded" | "injured_person_aware" | "substantially_modified" | "distributor_failed_to_identify" | "defence_not_placed_on_market" | "defence_not_made_available" | "defence_defect_arose_later" | "defence_compliance_with_law" | "defence_development_risk" | "defence_component_design" | "defence_unmodified_part" | "software_defect_within_control" | "risk_mitigation_effective";
            value: boolean;
            /** @example Inspection report 2026/14, section 3 */
            basis: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            decided_at: string;
            /**
             * @description Required for facts about one actor (defences, modification)
             * @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d
             */
            actor_id?: string;
            /**
             * Format: date-time
             * @description Required for dated facts (injured_person_aware)
             * @example 2026-03-14T09:30:00Z
             */
            fact_date?: string;
            decided_by?: components["schemas"]["DecidedByInput"];
        };
        DecidedByInput: {
            /** @enum {string} */
            kind: "court" | "regulator";
            /** @example Landgericht Berlin, 12th civil chamber */
            body: string;
            /** @example 12 O 345/27 */
            case_number?: string;
            /** @example Directive (EU) 2024/2853 Art. 10(4) as transposed, § 10 ProdHaftG */
            legal_basis: string;
        };
        LiabilityAllocation: {
            id: string;
            actor_id: string;
            counterparty_actor_id: string;
            product_id: string | null;
            share_basis_points: number | null;
            waives_recourse: boolean;
            reference: string;
            effective_from: string;
            recorded_at: string;
        };
        LiabilityAllocationCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            actor_id: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            counterparty_actor_id: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_id?: string;
            /** @description The share actor_id bears between the two, in basis points (10000 = all) */
            share_basis_points?: number;
            /** @description Recourse waived by contract (PLD Art. 12(2)) */
            waives_recourse: boolean;
            /** @example Licence agreement LA-2027-044, clause 12 */
            reference: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
        };
        Signals: {
            /** @enum {string} */
            level: "product" | "foundation_model";
            criteria: {
                min_prr: number;
                min_chi_square: number;
                min_cases: number;
            };
            data: components["schemas"]["SignalRow"][];
        };
        SignalRow: {
            entity_id: string;
            entity_name: string | null;
            registration_number: string | null;
            risk_code: string;
            /** @description Contributing incidents (a) */
            incident_count: number;
            table: {
                a: number;
                b: number;
                c: number;
                d: number;
            };
            prr: number | null;
            prr_ci95: {
                lower: number;
                upper: number;
            } | null;
            ror: number | null;
            ror_ci95: {
                lower: number;
                upper: number;
            } | null;
            /** @description Yates-corrected, 1 df */
            chi_square: number | null;
            signal: boolean;
        };
        ProductObligations: {
            product_id: string;
            stage: string;
            use_areas: string[];
            as_of: string;
            actors: {
                actor_id: string;
                /** @enum {string} */
                role: "developer" | "provider" | "deployer";
                product_id: string;
                via_lineage?: {
                    product_id: string;
                    depth: number;
                    /** @enum {string} */
                    level: "version" | "product";
                };
                /** @description Duties taken on by modifying a model (fine-tuning, substantial modification…) */
                acquired_by?: {
                    rule_id: string;
                    catalog: string[];
                    why: string;
                };
                obligations: components["schemas"]["ObligationStatus"][];
            }[];
        };
        ObligationStatus: {
            code: string;
            title: string;
            stage: string;
            strength: string;
            /** @enum {string} */
            status: "attested" | "missing" | "finding_breach" | "finding_met" | "not_applicable";
            evidence: components["schemas"]["ObligationEvidence"][];
        };
        ObligationEvidence: {
            /** @enum {string} */
            type: "finding" | "attestation";
            id: string;
            result?: string;
            status?: string;
            decided_at?: string;
            effective_from?: string;
            recorded_at: string;
            disclosure_ids?: string[];
        };
        Attestation: {
            id: string;
            actor_id: string;
            product_id: string;
            obligation_code: string;
            /** @enum {string} */
            status: "met" | "partially_met" | "not_applicable";
            disclosure_ids: string[];
            evidence_sha256: string | null;
            statement: string;
            effective_from: string;
            /** @description When the registry learned it */
            recorded_at: string;
        };
        AttestationCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            product_id: string;
            /** @example DEV_PREMORTEM_RED_TEAM */
            obligation_code: string;
            /** @enum {string} */
            status: "met" | "partially_met" | "not_applicable";
            /** @default [] */
            disclosure_ids?: string[];
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            evidence_sha256?: string;
            statement: string;
            /**
             * Format: date-time
             * @description From when the claim holds (legal time)
             * @example 2026-03-14T09:30:00Z
             */
            effective_from: string;
        };
        AttestationPage: {
            data: components["schemas"]["Attestation"][];
            next_cursor: string | null;
        };
        Finding: {
            id: string;
            actor_id: string;
            product_id: string | null;
            obligation_code: string;
            /** @enum {string} */
            result: "breached" | "met" | "inconclusive";
            basis: string;
            decided_at: string;
            period_from: string | null;
            period_to: string | null;
            recorded_at: string;
        };
        FindingCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            actor_id: string;
            /**
             * @description Omit for a finding about the actor's conduct in general
             * @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d
             */
            product_id?: string;
            /** @example DEV_PREMORTEM_RED_TEAM */
            obligation_code: string;
            /** @enum {string} */
            result: "breached" | "met" | "inconclusive";
            /** @description Inspection, audit or judgment relied on */
            basis: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            decided_at: string;
            /**
             * Format: date-time
             * @description Start of the conduct examined; open if omitted
             * @example 2026-03-14T09:30:00Z
             */
            period_from?: string;
            /**
             * Format: date-time
             * @description End of the conduct examined; open if omitted
             * @example 2026-03-14T09:30:00Z
             */
            period_to?: string;
        };
        FindingPage: {
            data: components["schemas"]["Finding"][];
            next_cursor: string | null;
        };
        IncidentObligations: {
            incident_id: string;
            as_of: string;
            risk_codes: string[];
            actors: {
                actor_id: string;
                roles: {
                    /** @enum {string} */
                    role: "developer" | "provider" | "deployer";
                    product_id: string;
                    via_lineage?: {
                        product_id: string;
                        depth: number;
                        /** @enum {string} */
                        level: "version" | "product";
                    };
                    /** @description Duties taken on by modifying a model (fine-tuning, substantial modification…) */
                    acquired_by?: {
                        rule_id: string;
                        catalog: string[];
                        why: string;
                    };
                }[];
                obligations: {
                    code: string;
                    title: string;
                    suggested: boolean;
                    /** @enum {string} */
                    status: "attested" | "missing" | "finding_breach" | "finding_met" | "not_applicable";
                    basis: components["schemas"]["CausalityBasis"][];
                    links: components["schemas"]["ObligationLink"][];
                }[];
            }[];
        };
        CausalityBasis: {
            /** @enum {string} */
            type: "finding" | "attestation" | "missing_attestation" | "disclosure" | "disclosure_order" | "incident_field" | "legal_fact" | "rebuttal";
            ref: string;
            obligation_code?: string;
            /** @description court, regulator or registry_default */
            decided_by?: string;
        };
        ObligationLink: {
            id: string;
            incident_id: string;
            actor_id: string;
            obligation_code: string;
            rationale: string;
            recorded_at: string;
        };
        ObligationLinkCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            actor_id: string;
            /** @example DEV_PREMORTEM_RED_TEAM */
            obligation_code: string;
            rationale: string;
        };
        DisclosureOrder: {
            id: string;
            incident_id: string;
            actor_id: string;
            items: string[];
            due_at: string;
            recorded_at: string;
            decided_by: components["schemas"]["DecidedBy"];
            /**
             * @description An answer after due_at is missed
             * @enum {string}
             */
            state: "pending" | "complied" | "missed";
            responses: {
                id: string;
                disclosure_ids: string[];
                statement: string;
                recorded_at: string;
            }[];
        };
        DisclosureOrderCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            actor_id: string;
            items: string[];
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            due_at: string;
            decided_by?: components["schemas"]["DecidedByInput"] & unknown;
        };
        DisclosureOrderResponseCreate: {
            disclosure_ids: string[];
            statement: string;
        };
        RulesetSummary: {
            id: string;
            version: number;
            title: string;
            jurisdiction: string;
            status: string;
            source: {
                instrument: string;
                citation: string;
                url?: string;
            };
            roles: string[];
            conditions: number;
        };
        Ruleset: {
            id: string;
            version: number;
            title: string;
            jurisdiction: string;
            status: string;
            source: {
                [key: string]: unknown;
            };
            note?: string;
            disclosure_evidence: {
                [key: string]: string[];
            };
            rebuttal: {
                id: string;
                citation: string;
                text: string;
            };
            conditions: ({
                id: string;
                kind: string;
                citation: string;
                text: string;
            } & {
                [key: string]: unknown;
            })[];
            roles: {
                [key: string]: {
                    presumption?: unknown;
                    note?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        BindingRequirement: {
            /** @example AIA_ART_10_DATA_GOVERNANCE */
            code: string;
            /** @example Regulation (EU) 2024/1689 */
            instrument: string;
            /** @example Art. 10 */
            citation: string;
            /** @description The article's or section's official heading */
            title: string;
            /** @description Value-chain roles that owe the requirement */
            duty_bearers: string[];
            /** @description Catalog risks the requirement is intended to protect against (the registry's reading) */
            risks: string[];
            note?: string;
        };
        CausalityExplanation: {
            incident: {
                id: string;
                reference: string;
                occurred_at: string;
                country: string;
            };
            ruleset: {
                id: string;
                version: number;
                title: string;
                status: string;
                citation: string;
                banner?: string;
            };
            evaluated_at: string;
            hypothetical: boolean;
            banner_reasons: ("withdrawn" | "non_binding" | "not_applicable" | "applicability_uncertain" | "hypothetical" | "provisional")[];
            notices: {
                /** @enum {string} */
                reason: "withdrawn" | "non_binding" | "not_applicable" | "applicability_uncertain" | "hypothetical" | "provisional";
                text: string;
            }[];
            applicability: components["schemas"]["RulesetApplicability"];
            chain_of_facts: {
                /** @enum {string} */
                step: "deployment" | "version" | "base_version" | "product";
                id: string;
                label: string;
                from?: string;
            }[];
            /** @description An actor sees only its own entry */
            actors: {
                actor_id: string;
                name: string;
                role_in_chain: string;
                role_under_instrument: string;
                role_basis: string;
                via_lineage?: {
                    product_id: string;
                    depth: number;
                };
                /** @enum {string} */
                presumption: "applies" | "does_not_apply" | "insufficient_information";
                provisional: boolean;
                rebutted: boolean;
                summary: string;
                /** @description What carried the presumption, with citations */
                branch: string[];
                outcomes: {
                    id: string;
                    citation: string;
                    text: string;
                    /** @enum {string} */
                    result: "applies" | "does_not_apply" | "insufficient_information";
                }[];
                elements: {
                    id: string;
                    citation: string;
                    text: string;
                    /** @enum {string} */
                    result: "met" | "not_met" | "unknown";
                    /** @description The standard of proof the ruleset states */
                    standard: string | null;
                    established_by: {
                        /** @description legal_fact, finding, attestation, missing_attestation, … */
                        type: string;
                        ref: string;
                        obligation_code?: string;
                        /** @description court, regulator, registry_default, or none */
                        decided_by: string | null;
                        by: string;
                        when?: string;
                        basis?: string;
                    }[];
                    /** @description The result rests only on the absence of an attestation (burden on the duty-bearer) */
                    inference_from_silence: boolean;
                    /** @description When unknown: the missing fact, how to obtain it */
                    missing?: string;
                    /** @description When met: rebuttal routes and defences */
                    answers?: string;
                }[];
                defences: {
                    id: string;
                    citation: string;
                    text: string;
                    how_to_establish?: string;
                }[];
                disregarded_attestations: {
                    id: string;
                    obligation_code: string;
                    recorded_at: string;
                    why: string;
                }[];
            }[];
            time_limits?: components["schemas"]["CausalityTimeLimits"];
            incident_result?: components["schemas"]["IncidentLiability"];
        };
        RulesetApplicability: {
            applies: boolean | "unknown";
            reasons: {
                code: string;
                outcome: boolean | "unknown";
                text: string;
                citation: string;
                basis: string;
                fact_id?: string;
            }[];
            governed_instead_by?: {
                instrument: string;
                citation: string;
            };
        };
        CausalityTimeLimits: {
            limitation?: {
                starts_at: string | null;
                ends_at: string | null;
                years: number;
                basis: string;
                citation: string;
                passed: boolean | "unknown";
            };
            expiry?: {
                starts_at: string | null;
                ends_at: string | null;
                years: number;
                basis: string;
                citation: string;
                passed: boolean | "unknown";
            };
            time_barred: boolean | "unknown";
            caveat: string;
        };
        IncidentLiability: {
            jointly_and_severally_liable: string[];
            liable: string[];
            undecided: string[];
            joint_liability: {
                citation: string;
                text: string;
            } | null;
            time_barred: boolean | "unknown";
            open_questions: string[];
            contractual_allocation: {
                id: string;
                actor_id: string;
                counterparty_actor_id: string;
                share_basis_points: number | null;
                waives_recourse: boolean;
                reference: string;
            }[];
        };
        CausalityAnalysis: {
            incident_id: string;
            ruleset: string;
            ruleset_version: number;
            /** @description The incident's occurred_at: evidence is judged as of then */
            as_of: string;
            evaluated_at: string;
            applicability: components["schemas"]["RulesetApplicability"];
            /** @description The instrument does not (or not certainly) apply and the conditions were evaluated on request */
            hypothetical: boolean;
            /** @description Withdrawn proposal, non-binding guidance, … */
            banner?: string;
            /** @description Empty when the instrument does not apply */
            assessments: components["schemas"]["CausalityAssessment"][];
            time_limits?: components["schemas"]["CausalityTimeLimits"];
            incident_result?: components["schemas"]["IncidentLiability"];
        };
        CausalityAssessment: {
            actor_id: string;
            /** @enum {string} */
            role_in_chain: "developer" | "provider" | "deployer" | "supply_chain";
            role_under_instrument?: string;
            role_basis?: string;
            outcomes?: {
                id: string;
                citation: string;
                text: string;
                /** @enum {string} */
                result: "applies" | "does_not_apply" | "insufficient_information";
            }[];
            /** @description Rests on a fact no court established (a regulator's or the registry's reading) */
            provisional?: boolean;
            via_lineage?: {
                product_id: string;
                depth: number;
            };
            ruleset: string;
            ruleset_version: number;
            conditions: {
                id: string;
                citation: string;
                text: string;
                /** @enum {string} */
                result: "met" | "not_met" | "unknown";
                basis: components["schemas"]["CausalityBasis"][];
            }[];
            /** @enum {string} */
            presumption: "applies" | "does_not_apply" | "insufficient_information";
            rebutted: boolean;
            explanation: string;
        };
        FrozenCausalityAssessment: components["schemas"]["CausalityAnalysis"] & {
            id: string;
            input_sha256: string;
            input_hashes: {
                [key: string]: string;
            };
            result_sha256: string;
            recorded_at: string;
            /** @description Re-running the engine on the stored input gives the stored result */
            reproducible: boolean;
        };
        CausalityFreeze: {
            ruleset: string;
            /** @default false */
            hypothetical?: boolean;
        };
        CoveringRuleset: components["schemas"]["RulesetApplicability"] & {
            /** @enum {string} */
            kind: "reporting" | "liability";
            ruleset: string;
            ruleset_version: number;
            title: string;
            jurisdiction: string;
        };
        Rebuttal: {
            id: string;
            incident_id: string;
            actor_id: string;
            ruleset: string;
            condition_id: string;
            statement: string;
            evidence: {
                /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                sha256: string;
                media_type: string;
                description?: string;
            }[];
            recorded_at: string;
            decision: {
                accepted: boolean;
                reason: string;
                decided_at: string;
                decided_by: components["schemas"]["DecidedBy"];
            } | null;
        };
        RebuttalCreate: {
            ruleset: string;
            /** @description A condition id, or the ruleset's rebuttal id */
            condition_id: string;
            statement: string;
            /** @default [] */
            evidence?: {
                /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                sha256: string;
                media_type: string;
                description?: string;
            }[];
        };
        RebuttalDecisionCreate: {
            accepted: boolean;
            reason: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            decided_at?: string;
            decided_by?: components["schemas"]["DecidedByInput"] & unknown;
        };
        Fund: {
            id: string;
            name: string;
            jurisdiction: string;
            currency: string;
            created_at: string;
            rules: {
                version: number;
                effective_from: string;
                rules: components["schemas"]["FundRules"];
            };
            history: {
                version: number;
                effective_from: string;
            }[];
        };
        FundRules: {
            scope: {
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            };
            harm_table: {
                /** @example HT-1 */
                id: string;
                description: string;
                risk_codes: string[];
                use_areas?: string[];
                event_types?: ("death" | "serious_injury" | "injury" | "malfunction" | "near_miss")[];
                /** @enum {string} */
                min_severity: "none" | "mild" | "moderate" | "severe" | "life_threatening" | "fatal";
                onset_window_days: {
                    min: number;
                    max: number;
                };
                presumed_causation: boolean;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            }[];
            off_table: {
                admitted: boolean;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            };
            exclusions: {
                /** @example HT-1 */
                code: string;
                description: string;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
                /** @description Facts that make the exclusion apply; without them a person determines it */
                match?: {
                    event_types?: ("death" | "serious_injury" | "injury" | "malfunction" | "near_miss")[];
                    outcomes?: ("recovered" | "recovering" | "not_recovered" | "recovered_with_sequelae" | "fatal" | "unknown")[];
                    settings?: ("hospital" | "primary_care" | "telehealth" | "consumer_app" | "pharmacy" | "long_term_care" | "home_care" | "public_health" | "research" | "other")[];
                };
            }[];
            filing_deadlines: {
                injury_days_from_discovery: number;
                death_days_from_discovery: number;
                long_stop_days_from_interaction: number;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            };
            award_schedule: {
                /** @enum {string} */
                min_severity: "none" | "mild" | "moderate" | "severe" | "life_threatening" | "fatal";
                /** @enum {string} */
                kind: "medical_costs" | "lost_income" | "care_costs" | "pain_and_suffering" | "funeral" | "death_benefit";
                max_minor: number;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            }[];
            caps: {
                per_claim_minor: number;
                per_kind_minor: {
                    medical_costs?: number;
                    lost_income?: number;
                    care_costs?: number;
                    pain_and_suffering?: number;
                    funeral?: number;
                    death_benefit?: number;
                };
                annual_fund_minor: number;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            };
            appeals: {
                window_days: number;
                /** @example Fund Rules 2027, r. 4(2) */
                citation: string;
            };
        };
        FundCreate: {
            name: string;
            /**
             * @description EU, or ISO 3166-1 alpha-2
             * @example EU
             */
            jurisdiction: string;
            /** @example EUR */
            currency: string;
            rules: components["schemas"]["FundRules"];
        };
        FundList: {
            data: {
                id: string;
                name: string;
                jurisdiction: string;
                currency: string;
                created_at: string;
            }[];
        };
        FundRulesVersion: {
            version: number;
            effective_from: string;
            rules: components["schemas"]["FundRules"];
        };
        Contribution: {
            id: string;
            fund_id: string;
            actor_id: string | null;
            amount_minor: number;
            reference: string | null;
            received_at: string;
        };
        ContributionCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            actor_id: string;
            /** @description Integer minor units */
            amount_minor: number;
            reference: string;
        };
        ContributionList: {
            data: components["schemas"]["Contribution"][];
        };
        FundLedger: {
            fund_id: string;
            currency: string;
            entries: {
                id: string;
                transaction_id: string;
                kind: string;
                account: string;
                debit_minor: number;
                credit_minor: number;
                /** @description The account's running balance after this line, on its normal side */
                balance_minor: number;
                claim_id: string | null;
                recourse_id: string | null;
                actor_id: string | null;
                reference: string | null;
                at: string;
            }[];
            next_cursor: string | null;
            accounts: {
                account: string;
                debit_minor: number;
                credit_minor: number;
                balance_minor: number;
            }[];
            totals: {
                debit_minor: number;
                credit_minor: number;
                balanced: boolean;
            };
        };
        FundReport: {
            fund_id: string;
            generated_at: string;
            k: number;
            harm_table_entries: string[];
            years: string[];
            received: {
                row: string | null;
                bucket?: string | null;
                value: {
                    /** @enum {boolean} */
                    suppressed: false;
                    count: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
            decided: {
                row: string | null;
                bucket?: string | null;
                value: {
                    /** @enum {boolean} */
                    suppressed: false;
                    count: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
            approved: {
                row: string | null;
                bucket?: string | null;
                value: {
                    /** @enum {boolean} */
                    suppressed: false;
                    count: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
            paid: {
                row: string | null;
                bucket?: string | null;
                value: {
                    /** @enum {boolean} */
                    suppressed: false;
                    count: number;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
            median_days_to_decision: {
                harm_table_entry: string | null;
                year: string | null;
                value: {
                    /** @enum {boolean} */
                    suppressed: false;
                    days: number | null;
                } | {
                    /** @enum {boolean} */
                    suppressed: true;
                };
            }[];
        };
        ClaimCreated: {
            id: string;
            status: string;
            rules_version: number;
            receipt_token: string;
        };
        ClaimCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            fund_id: string;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            incident_id: string;
            claimant: {
                name: string;
                /** Format: email */
                email?: string;
                /** @example +254 700 000 001 */
                phone?: string;
            };
            /** @enum {string} */
            relationship: "patient" | "carer" | "estate";
            losses: {
                /** @enum {string} */
                kind: "medical_costs" | "lost_income" | "care_costs" | "pain_and_suffering" | "funeral";
                /** @description Integer minor units */
                amount_minor: number;
                evidence?: {
                    /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
                    sha256: string;
                    media_type: string;
                }[];
            }[];
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            discovered_at: string;
            /**
             * Format: date-time
             * @description ISO 8601; a time needs a zone (Z or ±hh:mm, at most ±14:00); stored as UTC
             * @example 2026-03-14T09:30:00Z
             */
            interaction_at: string;
        };
        Claim: {
            id: string;
            fund_id: string;
            incident_id: string;
            rules_version: number;
            relationship: string;
            currency: string;
            losses: {
                kind: string;
                amount_minor: number;
                evidence: {
                    sha256: string;
                    media_type: string;
                }[];
            }[];
            claimed_minor: number;
            discovered_at: string;
            interaction_at: string;
            filed_at: string;
            filed_via: string;
            status: string;
            decision: {
                id: string;
                appeal_id: string | null;
                appeal_outcome: string | null;
                decision: string;
                award_minor: number;
                award_by_kind: {
                    [key: string]: number;
                };
                reasons: string;
                override_reason: string | null;
                decided_at: string;
            } | null;
            decisions: {
                id: string;
                appeal_id: string | null;
                appeal_outcome: string | null;
                decision: string;
                award_minor: number;
                award_by_kind: {
                    [key: string]: number;
                };
                reasons: string;
                override_reason: string | null;
                decided_at: string;
            }[];
            appeals: {
                id: string;
                decision_id: string;
                grounds: string;
                filed_at: string;
                decided: boolean;
            }[];
            awarded_minor: number;
            paid_minor: number;
            payments: {
                id: string;
                amount_minor: number;
                paid_at: string;
            }[];
            /** @description Only for the fund's administrators and regulators */
            claimant?: {
                name: string;
                email?: string;
                phone?: string;
            };
        };
        ClaimEligibility: {
            claim_id: string;
            rules_version: number;
            /** @enum {string} */
            overall: "eligible" | "ineligible" | "needs_review";
            harm_table_entry: string | null;
            rules: {
                rule: string;
                /** @enum {string} */
                result: "pass" | "fail" | "needs_review";
                detail: string;
                citation: string;
                assessment?: {
                    id: string;
                    ruleset: string;
                    ruleset_version: number;
                    liable: string[];
                    undecided: string[];
                };
                decided_by?: {
                    kind: string;
                    body: string;
                };
            }[];
        };
        ClaimDecision: {
            id: string;
            appeal_id: string | null;
            appeal_outcome: string | null;
            decision: string;
            award_minor: number;
            award_by_kind: {
                [key: string]: number;
            };
            reasons: string;
            override_reason: string | null;
            decided_at: string;
        };
        ClaimDecisionCreate: {
            /** @enum {string} */
            decision: "approved" | "partially_approved" | "denied";
            /** @description Integer minor units */
            award_minor: number;
            award_by_kind?: {
                /** @description Integer minor units */
                medical_costs?: number;
                /** @description Integer minor units */
                lost_income?: number;
                /** @description Integer minor units */
                care_costs?: number;
                /** @description Integer minor units */
                pain_and_suffering?: number;
                /** @description Integer minor units */
                funeral?: number;
                /** @description Integer minor units */
                death_benefit?: number;
            };
            reasons: string;
            /** @description Required to award a claim that fails or awaits review on a rule */
            override_reason?: string;
        };
        ClaimDetermination: {
            id: string;
            rule: string;
            applies: boolean;
            reason: string;
            decided_by: {
                kind: string;
                body: string;
            };
            recorded_at: string;
        };
        ClaimDeterminationCreate: {
            /** @example exclusion:ORDINARY_CONSEQUENCE */
            rule: string;
            applies: boolean;
            reason: string;
            decided_by?: {
                /** @enum {string} */
                kind: "fund" | "regulator" | "court";
                body: string;
            };
        };
        Appeal: {
            id: string;
            claim_id: string;
            decision_id: string;
            filed_at: string;
        };
        AppealCreate: {
            grounds: string;
        };
        Payment: {
            id: string;
            claim_id: string;
            amount_minor: number;
            awarded_minor: number;
            paid_minor: number;
            paid_at: string;
        };
        PaymentCreate: {
            /** @description Integer minor units */
            amount_minor: number;
        };
        Recourse: {
            id: string;
            claim_id: string;
            fund_id: string;
            actor_id: string;
            amount_minor: number;
            causality_assessment_id: string;
            basis: string;
            opened_at: string;
            /** @enum {string} */
            status: "open" | "settled" | "dismissed";
            recovered_minor: number;
            note: string | null;
            closed_at: string | null;
        };
        RecourseCreate: {
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            actor_id: string;
            /** @description Integer minor units */
            amount_minor: number;
            /** @example 01968d2c-5d7e-7c1a-9c3b-2f1e4a5b6c7d */
            causality_assessment_id: string;
        };
        ClaimList: {
            data: {
                id: string;
                fund_id: string;
                incident_id: string;
                rules_version: number;
                relationship: string;
                currency: string;
                losses: {
                    kind: string;
                    amount_minor: number;
                    evidence: {
                        sha256: string;
                        media_type: string;
                    }[];
                }[];
                claimed_minor: number;
                discovered_at: string;
                interaction_at: string;
                filed_at: string;
                filed_via: string;
                status: string;
                decision: {
                    id: string;
                    appeal_id: string | null;
                    appeal_outcome: string | null;
                    decision: string;
                    award_minor: number;
                    award_by_kind: {
                        [key: string]: number;
                    };
                    reasons: string;
                    override_reason: string | null;
                    decided_at: string;
                } | null;
                decisions: {
                    id: string;
                    appeal_id: string | null;
                    appeal_outcome: string | null;
                    decision: string;
                    award_minor: number;
                    award_by_kind: {
                        [key: string]: number;
                    };
                    reasons: string;
                    override_reason: string | null;
                    decided_at: string;
                }[];
                appeals: {
                    id: string;
                    decision_id: string;
                    grounds: string;
                    filed_at: string;
                    decided: boolean;
                }[];
                awarded_minor: number;
                paid_minor: number;
                payments: {
                    id: string;
                    amount_minor: number;
                    paid_at: string;
                }[];
            }[];
        };
        AppealDecisionCreate: {
            /** @enum {string} */
            outcome: "allowed" | "dismissed";
            /** @enum {string} */
            decision?: "approved" | "partially_approved" | "denied";
            /** @description Integer minor units */
            award_minor?: number;
            award_by_kind?: {
                /** @description Integer minor units */
                medical_costs?: number;
                /** @description Integer minor units */
                lost_income?: number;
                /** @description Integer minor units */
                care_costs?: number;
                /** @description Integer minor units */
                pain_and_suffering?: number;
                /** @description Integer minor units */
                funeral?: number;
                /** @description Integer minor units */
                death_benefit?: number;
            };
            reasons: string;
            override_reason?: string;
        };
        RecourseClose: {
            /** @enum {string} */
            status: "settled" | "dismissed";
            /** @description Integer minor units */
            recovered_minor?: number;
            note: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service and its database answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    listEvidenceKinds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Evidence kinds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            kind: string;
                            obligations: string[];
                        }[];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrinciples: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ethical principles */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogEntry"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRisks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Risks of LMMs in health */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogEntry"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLifecycleStages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Lifecycle stages in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogEntry"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUseAreas: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Health use areas */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogEntry"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogObligations: {
        parameters: {
            query?: {
                /** @description Duty-bearer code, e.g. DEVELOPER, PROVIDER, DEPLOYER (case-insensitive) */
                actor?: string;
                /** @description Lifecycle stage code */
                stage?: string;
                /** @description Risk code the obligation mitigates */
                risk?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Obligations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["CatalogEntry"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActors: {
        parameters: {
            query?: {
                role?: "developer" | "provider" | "deployer" | "authorised_representative" | "importer" | "distributor" | "fulfilment_service_provider";
                /** @description ISO 3166-1 alpha-2 */
                country?: string;
                /** @description Substring of the name */
                q?: string;
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of actors */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorPage"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerActor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getActor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The actor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listActorRelations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Relations, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ActorRelation"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordActorRelation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActorRelationCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorRelation"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Caller is neither the represented actor nor a regulator */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown actor */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /** @description Words (at most 8) in the name or intended purpose */
                q?: string;
                kind?: "foundation_model" | "application" | "medical_device_software" | "other";
                stage?: string;
                /** @description Developer, provider or deployer of the product */
                actor_id?: string;
                /** @description Products built on this one, directly or through descendants */
                builds_on?: string;
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of products */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreate"];
            };
        };
        responses: {
            /** @description Registered, stage LC_EARLY_REGISTRATION */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Product id or registration number (LMMR-YYYY-NNNNNN) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product */
            200: {
                headers: {
                    /** @description Changes whenever the registry's stored state does */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Product"];
                };
            };
            /** @description Not modified: the `If-None-Match` ETag is still current */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addProductVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VersionCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductVersion"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the product's state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StageTransition"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the product's state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileDisclosure: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Disclosure"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the product's state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown reference */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRegulatoryFacts: {
        parameters: {
            query?: {
                version_id?: string;
                /** @description Profile as it stood then (default now) */
                as_of?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History, oldest first, and the profile as of `as_of` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RegulatoryFact"][];
                        profile: components["schemas"]["RegulatoryProfile"];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordRegulatoryFact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegulatoryFactCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegulatoryFact"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the product's developer or provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown version */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeployments: {
        parameters: {
            query?: {
                product_id?: string;
                deployer_actor_id?: string;
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["Deployment"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDeployment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeploymentCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Deployment"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The product is suspended or withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product version */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                entity?: string;
                entity_id?: string;
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Entries in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditEntry"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyAuditLog: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verification result; when not ok, `reason` says what failed and `first_bad_seq` where */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        ok: boolean;
                        entries: number;
                        checkpoints?: number;
                        sealed_rows?: number;
                        legacy_rows?: number;
                        reason?: string;
                        first_bad_seq?: number;
                        table?: string;
                        row_id?: string;
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditCheckpoints: {
        parameters: {
            query?: {
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Checkpoints in seq order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AuditCheckpoint"][];
                        next_cursor: string | null;
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuditCheckpointKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Public JWK; `kid` is its RFC 7638 thumbprint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        kty: string;
                        crv: string;
                        x: string;
                        alg: string;
                        use: string;
                        kid: string;
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentStats: {
        parameters: {
            query?: {
                /** @description Product ids (comma-separated, any of) */
                product_id?: string;
                /** @description Registration numbers (comma-separated, any of) */
                registration_number?: string;
                /** @description Actor anywhere in the chain (developer, provider, deployer) */
                actor_id?: string;
                /** @description Products descending from this model (version lineage at the time of the incident when known) */
                foundation_model_id?: string;
                /** @description Catalog risk codes (comma-separated, any of) */
                risk_code?: string;
                /** @description Event types: death, serious_injury, injury, malfunction, near_miss (comma-separated, any of) */
                event_type?: string;
                /** @description Severities: none, mild, moderate, severe, life_threatening, fatal (comma-separated, any of) */
                severity?: string;
                /** @description This severity or worse */
                severity_min?: "none" | "mild" | "moderate" | "severe" | "life_threatening" | "fatal";
                /** @description Outcomes: recovered, recovering, not_recovered, recovered_with_sequelae, fatal, unknown (comma-separated, any of) */
                outcome?: string;
                /** @description Case statuses: received, triaged, under_investigation, closed (comma-separated, any of) */
                status?: string;
                /** @description ISO 3166-1 alpha-2 countries (comma-separated, any of) */
                country?: string;
                /** @description Catalog use areas (comma-separated, any of) */
                use_area?: string;
                /** @description Care settings: hospital, primary_care, telehealth, consumer_app, pharmacy, long_term_care, home_care, public_health, research, other (comma-separated, any of) */
                setting?: string;
                /** @description Regulators only. Age bands (comma-separated, any of) */
                age_band?: string;
                /** @description Regulators only. Sex (comma-separated, any of) */
                sex?: string;
                /** @description Regulators only. BCP 47 language tags of the patient (comma-separated, any of) */
                language?: string;
                /** @description Regulators only. Disability: yes, no, unknown (comma-separated, any of) */
                disability?: string;
                /** @description Whether the patient knew AI was used: yes, no, unknown (comma-separated, any of) */
                patient_knew_ai_was_used?: string;
                /** @description occurred_at ≥ this */
                occurred_from?: string;
                /** @description occurred_at < this (half-open) */
                occurred_to?: string;
                /** @description received_at ≥ this */
                reported_from?: string;
                /** @description received_at < this (half-open) */
                reported_to?: string;
                /** @description Full text over descriptions, any language; every term (at most 16) must occur */
                q?: string;
                /** @description One or two of risk_code, product, actor, foundation_model, country, severity, event_type, outcome, age_band, sex, language, disability, use_area, setting (comma-separated, any of) */
                group_by?: string;
                /** @description Time series over occurred_at */
                interval?: "day" | "week" | "month" | "year";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Count table */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTable"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or a patient-attribute filter or group_by by a non-regulator (`errors` names it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportIncidents: {
        parameters: {
            query: {
                /** @description Product ids (comma-separated, any of) */
                product_id?: string;
                /** @description Registration numbers (comma-separated, any of) */
                registration_number?: string;
                /** @description Actor anywhere in the chain (developer, provider, deployer) */
                actor_id?: string;
                /** @description Products descending from this model (version lineage at the time of the incident when known) */
                foundation_model_id?: string;
                /** @description Catalog risk codes (comma-separated, any of) */
                risk_code?: string;
                /** @description Event types: death, serious_injury, injury, malfunction, near_miss (comma-separated, any of) */
                event_type?: string;
                /** @description Severities: none, mild, moderate, severe, life_threatening, fatal (comma-separated, any of) */
                severity?: string;
                /** @description This severity or worse */
                severity_min?: "none" | "mild" | "moderate" | "severe" | "life_threatening" | "fatal";
                /** @description Outcomes: recovered, recovering, not_recovered, recovered_with_sequelae, fatal, unknown (comma-separated, any of) */
                outcome?: string;
                /** @description Case statuses: received, triaged, under_investigation, closed (comma-separated, any of) */
                status?: string;
                /** @description ISO 3166-1 alpha-2 countries (comma-separated, any of) */
                country?: string;
                /** @description Catalog use areas (comma-separated, any of) */
                use_area?: string;
                /** @description Care settings: hospital, primary_care, telehealth, consumer_app, pharmacy, long_term_care, home_care, public_health, research, other (comma-separated, any of) */
                setting?: string;
                /** @description Regulators only. Age bands (comma-separated, any of) */
                age_band?: string;
                /** @description Regulators only. Sex (comma-separated, any of) */
                sex?: string;
                /** @description Regulators only. BCP 47 language tags of the patient (comma-separated, any of) */
                language?: string;
                /** @description Regulators only. Disability: yes, no, unknown (comma-separated, any of) */
                disability?: string;
                /** @description Whether the patient knew AI was used: yes, no, unknown (comma-separated, any of) */
                patient_knew_ai_was_used?: string;
                /** @description occurred_at ≥ this */
                occurred_from?: string;
                /** @description occurred_at < this (half-open) */
                occurred_to?: string;
                /** @description received_at ≥ this */
                reported_from?: string;
                /** @description received_at < this (half-open) */
                reported_to?: string;
                /** @description Full text over descriptions, any language; every term (at most 16) must occur */
                q?: string;
                /** @description csv, ndjson or fhir (R4 Bundle) */
                format: "csv" | "ndjson" | "fhir";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv; charset=utf-8; header=present": string;
                    "application/x-ndjson": string;
                    "application/fhir+json": string;
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRegulatoryReport: {
        parameters: {
            query?: {
                /** @description Regulators: the accountable actor (default: the first) */
                actor_id?: string;
                /** @description html: a printable page */
                format?: "json" | "html";
            };
            header?: never;
            path: {
                id: string;
                /** @description The reporting regime whose form is wanted */
                regime: "eu-ai-act-art73" | "eu-mdr-art87";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prefilled report (JSON) or its printable rendering (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegulatoryReport"];
                    "text/html": string;
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller owes no report under this regime */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The regime does not apply to this incident (reasons in the body) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncidents: {
        parameters: {
            query?: {
                /** @description Product ids (comma-separated, any of) */
                product_id?: string;
                /** @description Registration numbers (comma-separated, any of) */
                registration_number?: string;
                /** @description Actor anywhere in the chain (developer, provider, deployer) */
                actor_id?: string;
                /** @description Products descending from this model (version lineage at the time of the incident when known) */
                foundation_model_id?: string;
                /** @description Catalog risk codes (comma-separated, any of) */
                risk_code?: string;
                /** @description Event types: death, serious_injury, injury, malfunction, near_miss (comma-separated, any of) */
                event_type?: string;
                /** @description Severities: none, mild, moderate, severe, life_threatening, fatal (comma-separated, any of) */
                severity?: string;
                /** @description This severity or worse */
                severity_min?: "none" | "mild" | "moderate" | "severe" | "life_threatening" | "fatal";
                /** @description Outcomes: recovered, recovering, not_recovered, recovered_with_sequelae, fatal, unknown (comma-separated, any of) */
                outcome?: string;
                /** @description Case statuses: received, triaged, under_investigation, closed (comma-separated, any of) */
                status?: string;
                /** @description ISO 3166-1 alpha-2 countries (comma-separated, any of) */
                country?: string;
                /** @description Catalog use areas (comma-separated, any of) */
                use_area?: string;
                /** @description Care settings: hospital, primary_care, telehealth, consumer_app, pharmacy, long_term_care, home_care, public_health, research, other (comma-separated, any of) */
                setting?: string;
                /** @description Regulators only. Age bands (comma-separated, any of) */
                age_band?: string;
                /** @description Regulators only. Sex (comma-separated, any of) */
                sex?: string;
                /** @description Regulators only. BCP 47 language tags of the patient (comma-separated, any of) */
                language?: string;
                /** @description Regulators only. Disability: yes, no, unknown (comma-separated, any of) */
                disability?: string;
                /** @description Whether the patient knew AI was used: yes, no, unknown (comma-separated, any of) */
                patient_knew_ai_was_used?: string;
                /** @description occurred_at ≥ this */
                occurred_from?: string;
                /** @description occurred_at < this (half-open) */
                occurred_to?: string;
                /** @description received_at ≥ this */
                reported_from?: string;
                /** @description received_at < this (half-open) */
                reported_to?: string;
                /** @description Full text over descriptions, any language; every term (at most 16) must occur */
                q?: string;
                /** @description `-` = newest first */
                sort?: "-received_at" | "received_at" | "-occurred_at" | "occurred_at";
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
                /** @description Actors: incidents involving their products */
                mine?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of incident summaries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPage"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or a patient-attribute filter by a non-regulator (`errors` names it) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentCreate"];
            };
        };
        responses: {
            /** @description Filed; `receipt_token` is shown only this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentCreated"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product/catalog reference, a date in the future, or an Idempotency-Key reused with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSimilarIncidents: {
        parameters: {
            query?: {
                limit?: number;
                min_score?: number | null;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidates, best first, each with its score explained */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: {
                            [key: string]: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deadlines with status pending, met or late */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDeadlines"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDeadlines: {
        parameters: {
            query?: {
                status?: "pending" | "met" | "late";
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeadlinePage"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAwareness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Awareness facts, earliest first per actor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ActorAwareness"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordAwareness: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwarenessCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActorAwareness"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An actor may record only its own awareness */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not an actor of the incident's value chain */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addIncidentReport: {
        parameters: {
            query?: never;
            header?: {
                "x-receipt-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReportCreate"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentReportCreated"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident, wrong receipt, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceipt: {
        parameters: {
            query?: never;
            header: {
                /** @description The token returned when the report was filed */
                "x-receipt-token": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The receipt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentReceipt"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addReceiptAddition: {
        parameters: {
            query?: never;
            header: {
                /** @description The token returned when the report was filed */
                "x-receipt-token": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceiptAddition"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentReportCreated"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    transitionIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentTransition"];
            };
        };
        responses: {
            /** @description The transition */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentTransitionResult"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed from the current status (`allowed` lists what is) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    mergeIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentMerge"];
            };
        };
        responses: {
            /** @description The target incident with all reports */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already merged, or merging into itself or into a merged incident */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown target */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addIncidentResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentResponseCreate"];
            };
        };
        responses: {
            /** @description The response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentResponse"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not the product's developer or provider */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident, or not in the caller's value chain */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The product cannot move to that stage */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No product to act on */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IncidentPatch"];
            };
        };
        responses: {
            /** @description The updated incident */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Changed concurrently */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product, version or deployment */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLegalFacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description History */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LegalFact"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordLegalFact: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LegalFactCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalFact"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordLiabilityAllocation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LiabilityAllocationCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiabilityAllocation"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a party */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown actor */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPublicStats: {
        parameters: {
            query?: {
                /** @description One or two of product, risk_code, severity (default severity) (comma-separated, any of) */
                group_by?: string;
                /** @description Product ids (comma-separated, any of) */
                product_id?: string;
                /** @description occurred_at ≥ this */
                occurred_from?: string;
                /** @description occurred_at < this (half-open) */
                occurred_to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Suppressed count table */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatsTable"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSignals: {
        parameters: {
            query: {
                /** @description Entity compared against all others */
                level: "product" | "foundation_model";
                /** @description Only list these risks (the comparison still uses every risk) */
                risk_code?: string;
                /** @description ISO 3166-1 alpha-2 countries (comma-separated, any of) */
                country?: string;
                /** @description occurred_at ≥ this */
                occurred_from?: string;
                /** @description occurred_at < this (half-open) */
                occurred_to?: string;
                /** @description Hide non-signals */
                signals_only?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Scored pairs, signals first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Signals"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProductObligations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Product id or registration number (LMMR-YYYY-NNNNNN) */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per actor and role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductObligations"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAttestations: {
        parameters: {
            query?: {
                product_id?: string;
                actor_id?: string;
                obligation_code?: string;
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of attestations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttestationPage"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAttestation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttestationCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Attestation"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown product, obligation or disclosure, a duty the caller does not owe, or a future date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFindings: {
        parameters: {
            query?: {
                actor_id?: string;
                product_id?: string;
                obligation_code?: string;
                limit?: number;
                /** @description Opaque cursor from `next_cursor` */
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of findings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FindingPage"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordFinding: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FindingCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Finding"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown actor, product or obligation, or a decision dated in the future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentObligations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per actor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentObligations"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown or not visible */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    linkIncidentObligation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObligationLinkCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObligationLink"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Actor not in the chain or unknown obligation */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueDisclosureOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureOrderCreate"];
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureOrder"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bad actor or date */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    answerDisclosureOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DisclosureOrderResponseCreate"];
            };
        };
        responses: {
            /** @description Answered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureOrder"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown disclosure */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDisclosureOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisclosureOrder"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown order */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRulesets: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every loaded ruleset */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RulesetSummary"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRuleset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ruleset as loaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ruleset"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown ruleset */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listBindingRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every binding requirement, as loaded */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        note: string;
                        data: components["schemas"]["BindingRequirement"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCausalityExplanation: {
        parameters: {
            query: {
                ruleset: string;
                /** @description Regulators and claim handlers: one actor's entry only */
                actor_id?: string;
                /** @description Explain the conditions although the instrument does not apply (labelled hypothetical) */
                hypothetical?: "true" | "false";
                /** @description html: a printable page */
                format?: "json" | "html";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The explanation (JSON) or its printable rendering (HTML) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CausalityExplanation"];
                    "text/html": string;
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown ruleset */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCausality: {
        parameters: {
            query: {
                ruleset: string;
                actor_id?: string;
                /** @description Evaluate the conditions although the instrument does not apply (e.g. a withdrawn proposal); the answer is labelled hypothetical */
                hypothetical?: "true" | "false";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Condition by condition */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CausalityAnalysis"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown ruleset */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    freezeCausalityAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CausalityFreeze"];
            };
        };
        responses: {
            /** @description Stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrozenCausalityAssessment"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown ruleset */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCausalityAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The assessment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FrozenCausalityAssessment"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown assessment */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listIncidentRulesets: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rulesets with applicability */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        covered: boolean | "unknown";
                        data: components["schemas"]["CoveringRuleset"][];
                    };
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileRebuttal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RebuttalCreate"];
            };
        };
        responses: {
            /** @description Filed, pending */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rebuttal"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown ruleset or condition */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideRebuttal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RebuttalDecisionCreate"];
            };
        };
        responses: {
            /** @description Decided */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rebuttal"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown rebuttal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listFunds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Funds */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundList"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createFund: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown catalog code in the rules */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFund: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fund */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Fund"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishFundRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FundRules"];
            };
        };
        responses: {
            /** @description The new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRulesVersion"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another version was published meanwhile */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown catalog code in the rules */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listContributions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Contributions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContributionList"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordContribution: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContributionCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contribution"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown actor, or not a value-chain actor */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundLedger: {
        parameters: {
            query?: {
                account?: "cash" | "levies" | "awards_expense" | "awards_payable" | "recoveries_receivable" | "recoveries_income" | "recoveries_written_off";
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundLedger"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFundReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundReport"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listClaims: {
        parameters: {
            query: {
                fund_id: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimList"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    fileClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The incident's receipt token; or send a reporter token that filed a report on it */
                "x-receipt-token"?: string;
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimCreate"];
            };
        };
        responses: {
            /** @description Filed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimCreated"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown incident or wrong receipt token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown fund, or dates that contradict each other or lie in the future */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The claim receipt token (claimants) */
                "x-receipt-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Claim"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim or wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getClaimEligibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description The claim receipt token (claimants) */
                "x-receipt-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Each rule's result, detail and citation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimEligibility"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim or wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimDecisionCreate"];
            };
        };
        responses: {
            /** @description Decided */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDecision"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Above a cap, or an override reason is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordClaimDetermination: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClaimDeterminationCreate"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetermination"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a rule of the claim */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    appealClaimDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The claim receipt token (claimants) */
                "x-receipt-token"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealCreate"];
            };
        };
        responses: {
            /** @description Appealed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Appeal"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim or wrong token */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Nothing to appeal, already appealed, or the window has closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Anonymous rate limit or daily byte quota reached; retry after `Retry-After` seconds */
            429: {
                headers: {
                    /** @description Seconds until the window resets */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    payClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentCreate"];
            };
        };
        responses: {
            /** @description Paid */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Payment"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than is owed on the award, or than the fund's cash */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openRecourse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replay-safe retries: same key and body → the first response, nothing created twice */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecourseCreate"];
            };
        };
        responses: {
            /** @description Opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recourse"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The assessment is not of this incident, the actor is not liable under it, or the amount exceeds the award */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AppealDecisionCreate"];
            };
        };
        responses: {
            /** @description Decided */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDecision"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown appeal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Above a cap, below what was paid, or an override reason is missing */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRecourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The recourse claim */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recourse"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeRecourse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecourseClose"];
            };
        };
        responses: {
            /** @description Closed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Recourse"];
                };
            };
            /** @description Invalid parameters or body: `errors` lists each bad field */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid bearer token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown recourse claim */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Already closed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than 256 KiB */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body is not JSON */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Recovered more than was claimed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unexpected error (details are logged, never returned) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
