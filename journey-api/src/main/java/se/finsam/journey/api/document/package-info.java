/** The annual (or interim) report document: the team's section texts as versions, and the assembly of the document from the published reports. */
package se.finsam.journey.api.document;
