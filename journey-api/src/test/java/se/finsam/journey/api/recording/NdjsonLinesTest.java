package se.finsam.journey.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting an NDJSON body into lines while holding at most one line of 64 KiB. */
class NdjsonLinesTest {

    private static final class Collected implements NdjsonLines.Target {
        final List<String> lines = new ArrayList<>();

        @Override
        public void line(String text) {
            lines.add(text);
        }

        @Override
        public void unreadable(String code, String problem, String journeyId, String recordId) {
            lines.add("UNREADABLE " + journeyId + " " + recordId + ": " + problem);
        }
    }

    private static List<String> lines(byte[] body) throws Exception {
        Collected collected = new Collected();
        NdjsonLines.feed(new ByteArrayInputStream(body), collected);
        return collected.lines;
    }

    @Test
    void linesEndAtLineFeedsWithOrWithoutACarriageReturnAndAByteOrderMarkIsDropped() throws Exception {
        assertThat(lines("\uFEFF{\"a\":1}\r\n\n{\"b\":\"å\"}".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("{\"a\":1}", "", "{\"b\":\"å\"}");
    }

    @Test
    void aLineOfExactly64KiBIsALineAndOneByteMoreIsUnreadableNamedByTheIdsAtItsStart() throws Exception {
        String start = "{\"journeyId\":\"j-1\",\"recordId\":\"r-1\",\"x\":\"";
        String fits = start + "x".repeat(ImportService.MAX_LINE_BYTES - start.length() - 2) + "\"}";
        String over = start + "x".repeat(ImportService.MAX_LINE_BYTES - start.length() - 1) + "\"}";

        List<String> lines = lines((fits + "\r\n" + over + "\nafter\n").getBytes(StandardCharsets.UTF_8));

        assertThat(fits.length()).isEqualTo(ImportService.MAX_LINE_BYTES);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(fits);
        assertThat(lines.get(1)).isEqualTo("UNREADABLE j-1 r-1: the line is longer than 64 KiB, the most an import line "
                + "may hold");
        assertThat(lines.get(2)).isEqualTo("after");
    }

    @Test
    void aLineTooLongToReadNamesNoIdShapedLikeAnIdentityNumber() throws Exception {
        String line = "{\"journeyId\":\"198112289874\",\"x\":\"" + "x".repeat(100_000) + "\"}\n";

        assertThat(lines(line.getBytes(StandardCharsets.UTF_8))).containsExactly(
                "UNREADABLE null null: the line is longer than 64 KiB, the most an import line may hold");
    }

    @Test
    void aLineThatIsNotUtf8IsUnreadableAndTheNextIsRead() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(new byte[] {'{', (byte) 0xC3, '}', '\n'});
        body.write("{}\n".getBytes(StandardCharsets.UTF_8));

        assertThat(lines(body.toByteArray())).containsExactly("UNREADABLE null null: the line is not UTF-8 text", "{}");
    }
}
