package se.finsam.journey.api.reports;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A record that decided how a journey counts, as lineage, differences and restatements show it: a retracted record
 * is marked, a retraction names what it retracts and why, a withdrawal its reason. No personal data.
 */
public record DecidingRecord(String recordId, String type, String date, String recordedAt, String recordedBy,
                             long position,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Boolean retracted,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String retracts,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String retractedType,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
}
