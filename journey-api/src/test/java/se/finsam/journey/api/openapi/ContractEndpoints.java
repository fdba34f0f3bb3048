package se.finsam.journey.api.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The endpoints of the published contract ({@code ../shared/contract/API.md}), read from its text as a person reads
 * it. An endpoint is a backticked {@code `GET /api/…`} (or PUT, POST, DELETE); its text runs to the next endpoint or
 * the end of the paragraph, and the part before its "→" (the answer) names its parameters:
 * <ul>
 *   <li>{@code {name}} in the path and {@code ?name=…} after it;</li>
 *   <li>every backticked {@code name} or {@code name=VALUE} in lower camel case; in a list under the endpoint, those
 *       before the item's colon ("{@code - optional `compare=previous`: add `previous` …}" names {@code compare}
 *       only), or, when none stands there, those of the whole item;</li>
 *   <li>"the scope" ({@code initiative}, {@code association}), "period" ({@code from}, {@code to}), and "the same
 *       parameters" (those of the endpoint before);</li>
 *   <li>one preceded by "optional" is optional.</li>
 * </ul>
 * Its error answers ({@link Refusal}s) are those the contract's "Authentication and errors" gives it, and every 4xx
 * or 5xx its own text names in backticks; and one that takes input has 400 or 422 for bad input
 * ({@link #takesInput}).
 */
final class ContractEndpoints {

    /** Where the contract lies beside the project: the tests run in the module's folder. */
    static final Path CONTRACT = Path.of("..", "..", "shared", "contract", "API.md");

    private static final Pattern ENDPOINT = Pattern.compile("`(GET|PUT|POST|DELETE) (/api/[^`\\s]*)`");
    private static final Pattern TOKEN = Pattern.compile("`([^`]+)`");
    private static final Pattern PARAMETER = Pattern.compile("([a-z][A-Za-z0-9]*)(=[^`]*)?");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern ERROR_STATUS = Pattern.compile("([45]\\d\\d)(\\s.*)?");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n\\s*\\n");

    /** A parameter of an endpoint: where it goes ({@code path} or {@code query}), and whether the contract says optional. */
    record Parameter(String name, String in, boolean optional) {
    }

    /** An error answer the contract gives an endpoint, and why (for the message when it is missing). */
    record Refusal(int status, String why) {
    }

    record Endpoint(String method, String path, List<Parameter> parameters, List<Refusal> refusals) {

        String name() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    private ContractEndpoints() {
    }

    static List<Endpoint> ofTheContract() {
        if (!Files.isRegularFile(CONTRACT)) {
            throw new IllegalStateException("the contract is not at " + CONTRACT.toAbsolutePath().normalize()
                    + ": the project expects ../shared beside it");
        }
        try {
            return parse(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Endpoint> parse(String markdown) {
        List<MatchResult> names = new ArrayList<>();
        Matcher matcher = ENDPOINT.matcher(markdown);
        while (matcher.find()) {
            names.add(new MatchResult(matcher.group(1), matcher.group(2), matcher.start(), matcher.end()));
        }
        List<Endpoint> endpoints = new ArrayList<>();
        Map<String, Parameter> previous = Map.of();
        for (int i = 0; i < names.size(); i++) {
            MatchResult name = names.get(i);
            int end = i + 1 < names.size() ? names.get(i + 1).start() : markdown.length();
            Matcher blank = BLANK_LINE.matcher(markdown).region(name.end(), end);
            String text = markdown.substring(name.end(), blank.find() ? blank.start() : end);
            Endpoint endpoint = endpoint(name.method(), name.target(), text, previous);
            endpoints.add(endpoint);
            previous = new LinkedHashMap<>();
            for (Parameter parameter : endpoint.in("query")) {
                previous.put(parameter.name(), parameter);
            }
        }
        return endpoints;
    }

    private record MatchResult(String method, String target, int start, int end) {
    }

    private static Endpoint endpoint(String method, String target, String text, Map<String, Parameter> previous) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        Set<String> pathNames = new LinkedHashSet<>();
        Matcher inPath = PATH_PARAMETER.matcher(path);
        while (inPath.find()) {
            pathNames.add(inPath.group(1));
            parameters.put(inPath.group(1), new Parameter(inPath.group(1), "path", false));
        }
        if (target.contains("?")) {
            for (String pair : target.substring(target.indexOf('?') + 1).split("&")) {
                String queryName = pair.split("=", 2)[0];
                parameters.put(queryName, new Parameter(queryName, "query", false));
            }
        }
        String naming = text.contains("→") ? text.substring(0, text.indexOf('→')) : text;
        for (String segment : namingSegments(naming)) {
            if (segment.contains("the same parameters")) {
                previous.values().forEach(p -> parameters.putIfAbsent(p.name(), p));
            }
            if (segment.contains("the scope")) {
                parameters.putIfAbsent("initiative", new Parameter("initiative", "query", true));
                parameters.putIfAbsent("association", new Parameter("association", "query", true));
            }
            if (Pattern.compile("\\bperiod\\b").matcher(segment).find()) {
                parameters.putIfAbsent("from", new Parameter("from", "query", false));
                parameters.putIfAbsent("to", new Parameter("to", "query", false));
            }
            Matcher token = TOKEN.matcher(segment);
            while (token.find()) {
                Matcher parameter = PARAMETER.matcher(token.group(1));
                if (parameter.matches() && !pathNames.contains(parameter.group(1))) {
                    String before = segment.substring(Math.max(0, token.start() - 9), token.start());
                    parameters.putIfAbsent(parameter.group(1), new Parameter(parameter.group(1), "query",
                            before.toLowerCase().endsWith("optional ")));
                }
            }
        }
        List<Parameter> all = List.copyOf(parameters.values());
        return new Endpoint(method, path, all, refusals(method, path, all, text));
    }

    /**
     * The parts of an endpoint's text that name parameters: the text before a list under it, and of each item of
     * the list the part before its colon, if a parameter stands there, else the whole item.
     */
    private static List<String> namingSegments(String naming) {
        String[] items = naming.split("\\n- ");
        List<String> segments = new ArrayList<>(List.of(items[0]));
        for (int i = 1; i < items.length; i++) {
            int colon = colonOutsideBackticks(items[i]);
            String head = colon < 0 ? "" : items[i].substring(0, colon);
            segments.add(TOKEN.matcher(head).find() ? head : items[i]);
        }
        // A line may break anywhere: "with the\n  scope" is "with the scope".
        return segments.stream().map(segment -> segment.replaceAll("\\s+", " ")).toList();
    }

    private static int colonOutsideBackticks(String item) {
        boolean inside = false;
        for (int i = 0; i < item.length(); i++) {
            char c = item.charAt(i);
            if (c == '`') {
                inside = !inside;
            } else if (c == ':' && !inside) {
                return i;
            }
        }
        return -1;
    }

    /** What "Authentication and errors" gives every endpoint, and the error statuses its own text names. */
    private static List<Refusal> refusals(String method, String path, List<Parameter> parameters, String text) {
        List<Refusal> answers = new ArrayList<>();
        answers.add(new Refusal(401, "every /api/** call without credentials"));
        answers.add(new Refusal(403, "every /api/** call without the right role or initiative"));
        boolean readsOrDeletesOne = (method.equals("GET") || method.equals("DELETE")) && path.contains("{");
        if (readsOrDeletesOne) {
            answers.add(new Refusal(404, "an unknown resource"));
        }
        if (method.equals("POST") && path.startsWith("/api/v1/journeys/")) {
            answers.add(new Refusal(409, "a conflict with the journey's state"));
        }
        if (parameters.stream().anyMatch(p -> p.name().equals("minPosition"))) {
            answers.add(new Refusal(503, "minPosition: not caught up within 30 s"));
        }
        Set<Integer> named = new TreeSet<>();
        Matcher token = TOKEN.matcher(text);
        while (token.find()) {
            Matcher status = ERROR_STATUS.matcher(token.group(1));
            if (status.matches()) {
                named.add(Integer.parseInt(status.group(1)));
            }
        }
        for (int status : named) {
            if (answers.stream().noneMatch(a -> a.status() == status)) {
                answers.add(new Refusal(status, "named in the endpoint's text"));
            }
        }
        return answers;
    }

    /** Bad input is 400 or 422: an endpoint that takes query parameters or a body must describe one of them. */
    static boolean takesInput(Endpoint endpoint) {
        return !endpoint.in("query").isEmpty() || endpoint.method().equals("PUT") || endpoint.method().equals("POST");
    }
}
