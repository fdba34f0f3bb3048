/** How errors reach clients: problem+json answers in the user's terms, never a stack trace. */
package se.finsam.journey.api.web;
