/**
 * The auditor's pages: every report count traced to its journeys and deciding records, manifests verified and
 * restated against today, the hash chain's status and the read audit trail, through the same services and access
 * rules as the audit and report endpoints.
 */
package se.finsam.journey.api.audit.pages;
