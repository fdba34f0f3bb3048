/** The web pages of the report document: writing the section texts, assembling and downloading the document. */
package se.finsam.journey.api.document.pages;
