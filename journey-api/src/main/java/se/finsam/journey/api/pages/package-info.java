/**
 * The web app: server-rendered pages (Thymeleaf) under {@code /app}, in Swedish by default and English on choice,
 * signed in with the same users as the API. Pages call the same services as the API, with the same caller, so
 * every role and initiative rule holds on a page exactly as on its endpoint. Each role's pages live in a package
 * of their own: {@code staff}, {@code reports}, {@code audit}, {@code admin}.
 */
package se.finsam.journey.api.pages;
