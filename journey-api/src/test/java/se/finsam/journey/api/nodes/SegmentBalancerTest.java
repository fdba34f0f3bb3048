package se.finsam.journey.api.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SegmentBalancerTest {

    @Test
    void aNodeAloneKeepsEverySegment() {
        assertThat(SegmentBalancer.fairShare(4, 1)).isEqualTo(4);
        assertThat(SegmentBalancer.fairShare(4, 0)).isEqualTo(4);
    }

    @Test
    void segmentsAreSharedRoundingUpSoThatEverySegmentHasATaker() {
        assertThat(SegmentBalancer.fairShare(4, 2)).isEqualTo(2);
        assertThat(SegmentBalancer.fairShare(4, 3)).isEqualTo(2);
        assertThat(SegmentBalancer.fairShare(4, 5)).isEqualTo(1);
    }

    @Test
    void nodeNamesAreUniqueUnlessConfigured() {
        assertThat(NodeName.of("")).isNotEqualTo(NodeName.of(""));
        assertThat(NodeName.of("node-a").applicationName()).isEqualTo("journey:node-a");
        assertThat(NodeName.of("n".repeat(100)).applicationName()).hasSize(63);
    }
}
