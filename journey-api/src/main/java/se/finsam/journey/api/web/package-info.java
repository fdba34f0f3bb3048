/**
 * What the API and the pages share over HTTP: problem+json answers in the user's terms (never a stack trace), the
 * pages' common model, language and error pages, and the sign-in and start pages. Each feature's own pages sit
 * beside it ({@code recording.pages}, {@code reports.pages}, {@code audit.pages}, {@code organisation.pages},
 * {@code admin.pages}, {@code tables.pages}).
 */
package se.finsam.journey.api.web;
