package se.finsam.journey.document;

/** One thing in a section, in reading order: a subsection, the team's own text, a table or a chart. */
public sealed interface Block permits Section, Prose, Table, Chart {
}
