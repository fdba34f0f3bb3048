package se.finsam.journey.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * Says where JSON is broken without quoting it: Jackson's own messages repeat the offending token, which may
 * be a fragment of a name or an identity number.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static String describe(JsonProcessingException e) {
        String what = e instanceof JsonEOFException ? "it ends before the JSON is complete" : "unexpected text";
        return e.getLocation() == null ? what
                : what + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
}
