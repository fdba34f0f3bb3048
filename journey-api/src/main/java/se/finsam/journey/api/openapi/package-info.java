/**
 * The API's own description, OpenAPI 3 at {@code /v3/api-docs} with its reference page: what every endpoint takes,
 * answers and refuses.
 */
package se.finsam.journey.api.openapi;
