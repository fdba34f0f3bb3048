/** Several service nodes on one database: each node's name, and sharing the event processor's segments fairly. */
package se.finsam.journey.api.nodes;
