package se.finsam.journey.generator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;

/**
 * One import record of API.md: {@code type}, {@code journeyId}, {@code recordId} and {@code date}, then the fields
 * of its type, written by Jackson as one NDJSON line in that order.
 */
@JsonPropertyOrder({"type", "journeyId", "recordId", "date"})
public record GeneratedRecord(String journeyId, String recordId, LocalDate date,
                              @JsonUnwrapped RecordContent content) {

    /** Thread-safe: the benchmark writes lines from several client threads. */
    private static final ObjectWriter LINE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build()
            .writerFor(GeneratedRecord.class);

    /** The record type by its name on the wire ("referral", "work-training-started", …). */
    @JsonProperty("type")
    public String type() {
        return content.type().wireName();
    }

    public GeneratedRecord withJourneyId(String otherJourneyId) {
        return new GeneratedRecord(otherJourneyId, recordId, date, content);
    }

    public GeneratedRecord withRecordId(String otherRecordId) {
        return new GeneratedRecord(journeyId, otherRecordId, date, content);
    }

    public String toJson() {
        try {
            return LINE.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a generated record could not be written as JSON", e);
        }
    }
}
