package se.finsam.journey.api.recording;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits a stream of NDJSON bytes into lines without ever holding more than one line of at most
 * {@value ImportService#MAX_LINE_BYTES} bytes: a longer line is read to its end without being kept and handed on
 * as one unreadable line, so one huge line costs neither memory nor the rest of the import. Lines end at
 * {@code \n} (a {@code \r} before it is dropped); a byte-order mark before the first line is ignored.
 */
public final class NdjsonLines {

    /** Where the lines go: the import, a line at a time. */
    public interface Target {
        void line(String text);

        /** A line that cannot be read, with the ids its start gives (null when it gives none). */
        /** A line that cannot be read: its stable code and message, and the ids found in it, if any. */
        void unreadable(String code, String problem, String journeyId, String recordId);
    }

    private static final String TOO_LONG = "the line is longer than 64 KiB, the most an import line may hold";
    private static final String NOT_UTF8 = "the line is not UTF-8 text";

    private final byte[] line = new byte[ImportService.MAX_LINE_BYTES + 1];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final Target target;
    private int length;
    private boolean tooLong;
    private boolean first = true;

    private NdjsonLines(Target target) {
        this.target = target;
    }

    /** Reads {@code in} to its end, handing every line to {@code target}; a failure to read is the caller's. */
    public static void feed(InputStream in, Target target) throws IOException {
        NdjsonLines lines = new NdjsonLines(target);
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                lines.take(buffer[i]);
            }
        }
        if (lines.length > 0 || lines.tooLong) {
            lines.end();
        }
    }

    private void take(byte b) {
        if (b == '\n') {
            end();
        } else if (length < line.length) {
            line[length++] = b;
        } else {
            tooLong = true;
        }
    }

    private void end() {
        int end = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        int start = first && end >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB
                && (line[2] & 0xff) == 0xBF ? 3 : 0;
        first = false;
        if (tooLong || end - start > ImportService.MAX_LINE_BYTES) {
            Ids ids = Ids.atStartOf(line, start, end - start);
            target.unreadable("line-too-long", TOO_LONG, ids.journeyId, ids.recordId);
        } else {
            try {
                target.line(utf8.decode(ByteBuffer.wrap(line, start, end - start)).toString());
            } catch (CharacterCodingException e) {
                target.unreadable("not-utf-8", NOT_UTF8, null, null);
            }
        }
        length = 0;
        tooLong = false;
    }

    /**
     * The journeyId and recordId a line too long to read gives near its start, so that its error still names
     * them: the kept start is read as JSON until it breaks off. Only values shaped like ids are taken.
     */
    private static final class Ids {
        private static final JsonFactory JSON = new JsonFactory();
        String journeyId;
        String recordId;

        static Ids atStartOf(byte[] bytes, int offset, int length) {
            Ids ids = new Ids();
            try (JsonParser parser = JSON.createParser(bytes, offset, Math.min(length, bytes.length - offset))) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return ids;
                }
                for (JsonToken token = parser.nextToken(); token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.VALUE_STRING && ImportService.isShownId(parser.getText())) {
                        if (field.equals("journeyId")) {
                            ids.journeyId = parser.getText();
                        } else if (field.equals("recordId")) {
                            ids.recordId = parser.getText();
                        }
                    } else {
                        parser.skipChildren();
                    }
                }
            } catch (IOException | RuntimeException brokenOff) {
                // The kept start ends somewhere inside the line: what was read before that is all there is.
            }
            return ids;
        }
    }
}
