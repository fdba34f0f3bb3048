package se.finsam.journey.api.reports;

import java.util.List;

/** A manifest re-run against the event table as it is now: whether figures and events hash came out identical. */
public record VerificationAnswer(String manifest, boolean verified, boolean figuresIdentical,
                                 boolean eventsHashIdentical, long position, String figuresHash, String eventsHash,
                                 int events, int journeys, List<ReportManifests.Difference> differences,
                                 String checkedAt) {

    static VerificationAnswer of(ReportManifests.Manifest manifest, ReportManifests.Verification verification) {
        return new VerificationAnswer(manifest.id(), verification.verified(), verification.figuresIdentical(),
                verification.eventsHashIdentical(), manifest.position(), verification.figuresHash(),
                verification.eventsHash(), verification.events(), verification.journeys(), verification.differences(),
                verification.checkedAt().toString());
    }
}
