package se.finsam.journey.tables;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and checks a table's {@code rows} or {@code columns}: the dimension, its bands or its groups. */
final class AxisReader {

    static final int MOST_BANDS = 50;
    static final int MOST_GROUPS = 100;
    static final int MOST_CODES = 500;
    static final int MOST_LABEL_CHARACTERS = 100;
    /** Ages and completed years a band may name. */
    static final int HIGHEST_BAND_END = 150;
    /** Labels the table gives categories of its own. */
    static final List<String> RESERVED_LABELS = List.of("total", "other");
    private static final List<String> AXIS_KEYS = List.of("by", "bands", "groups");
    private static final List<String> GROUP_KEYS = List.of("label", "codes");

    private final Mistakes mistakes;

    AxisReader(Mistakes mistakes) {
        this.mistakes = mistakes;
    }

    /** The axis at {@code at} of a table of {@code population} (null when unknown), or null after a mistake. */
    Axis axis(JsonNode node, String at, String name, Population population) {
        if (!node.isObject()) {
            mistakes.add(at, "axisNotObject", name + " must be an object such as {\"by\": \"gender\"}, not "
                    + Mistakes.kind(node), Mistakes.kindCode(node));
            return null;
        }
        mistakes.unknownKeys(node, at, AXIS_KEYS, name);
        Dimension by = dimension(node.get("by"), Mistakes.at(at, "by"), population, name + " needs 'by', the dimension");
        if (by == null) {
            return null;
        }
        JsonNode bands = present(node.get("bands"));
        JsonNode groups = present(node.get("groups"));
        if (by.isBanded()) {
            if (groups != null) {
                mistakes.add(Mistakes.at(at, "groups"), "groupsOnBanded", by.wireName() + " takes bands, not groups",
                        by.wireName());
            }
            if (bands == null) {
                mistakes.add(Mistakes.at(at, "bands"), "bandsMissing", by.wireName() + " needs bands: a list of [low, high] "
                        + "such as [[16, 29], [30, 44], [45, null]] (null: and older)", by.wireName());
                return null;
            }
            List<Band> read = bands(bands, Mistakes.at(at, "bands"));
            return read == null ? null : new Axis(by, read, List.of());
        }
        if (bands != null) {
            mistakes.add(Mistakes.at(at, "bands"), "bandsNotBanded", "bands are only for ageBand and "
                    + "yearsInPublicSupport; " + by.wireName() + " takes groups, or every code as it is", by.wireName());
        }
        if (groups == null) {
            return Axis.of(by);
        }
        List<Group> read = groups(groups, Mistakes.at(at, "groups"), by);
        return read == null ? null : new Axis(by, List.of(), read);
    }

    /**
     * The dimension named at {@code at}, if it is one and may be used with {@code population} (any, when the
     * population is unknown); null (and a mistake) otherwise.
     */
    Dimension dimension(JsonNode node, String at, Population population, String missing) {
        if (node == null || node.isNull()) {
            mistakes.add(at, "dimensionMissing", missing);
            return null;
        }
        String name = mistakes.text(node, at, "a dimension", 64);
        if (name == null) {
            return null;
        }
        Optional<Dimension> dimension = Dimension.byWireName(name);
        if (dimension.isEmpty()) {
            mistakes.add(at, "unknownDimension", "unknown dimension '" + name + "': use "
                    + Mistakes.listed(Dimension.wireNames()), name);
            return null;
        }
        if (population != null && !dimension.get().allowedWith(population)) {
            List<String> allowed = dimension.get().allowedPopulations();
            mistakes.add(at, "dimensionNotWithPopulation", name + " can only be used with the population"
                    + (allowed.size() == 1 ? " " : "s ") + String.join(" and ", allowed), name, population.wireName(),
                    String.join(", ", allowed));
            return null;
        }
        return dimension.get();
    }

    private List<Band> bands(JsonNode node, String at) {
        if (mistakes.list(node, at, "bands", "[[16, 29], [30, 44]]", MOST_BANDS) == null) {
            return null;
        }
        List<Band> bands = new ArrayList<>();
        boolean allRead = true;
        for (int k = 0; k < node.size(); k++) {
            Band band = band(node.get(k), Mistakes.at(at, k));
            if (band == null) {
                allRead = false;
                continue;
            }
            Optional<Band> overlapped = bands.stream().filter(band::overlaps).findFirst();
            if (overlapped.isPresent()) {
                mistakes.add(Mistakes.at(at, k), "bandsOverlap", "band " + band + " overlaps band " + overlapped.get(),
                        band, overlapped.get());
                allRead = false;
            }
            bands.add(band);
        }
        return allRead ? bands : null;
    }

    private Band band(JsonNode node, String at) {
        if (!node.isArray() || node.size() != 2) {
            mistakes.add(at, "bandShape", "a band is [low, high]: two whole numbers (high may be null, meaning and "
                    + "older), not " + Mistakes.shown(node), Mistakes.shown(node));
            return null;
        }
        Integer low = mistakes.whole(node.get(0), Mistakes.at(at, 0), "a band's low end", 0, HIGHEST_BAND_END);
        JsonNode highNode = node.get(1);
        Integer high = highNode.isNull() ? null
                : mistakes.whole(highNode, Mistakes.at(at, 1), "a band's high end", 0, HIGHEST_BAND_END);
        if (low == null || (high == null && !highNode.isNull())) {
            return null;
        }
        if (high != null && high < low) {
            mistakes.add(Mistakes.at(at, 1), "bandEndsBeforeStart", "band [" + low + ", " + high + "] ends before it "
                    + "starts: high must be at least low", low, high);
            return null;
        }
        return new Band(low, high);
    }

    private List<Group> groups(JsonNode node, String at, Dimension by) {
        if (mistakes.list(node, at, "groups", "[{\"label\": \"FK\", \"codes\": [\"SICKNESS_BENEFIT\"]}]",
                MOST_GROUPS) == null) {
            return null;
        }
        List<Group> groups = new ArrayList<>();
        Map<String, String> groupOfCode = new HashMap<>();
        Set<String> labels = new HashSet<>();
        boolean allRead = true;
        for (int k = 0; k < node.size(); k++) {
            Group group = group(node.get(k), Mistakes.at(at, k), by, groupOfCode, labels);
            allRead &= group != null;
            if (group != null) {
                groups.add(group);
            }
        }
        return allRead ? groups : null;
    }

    private Group group(JsonNode node, String at, Dimension by, Map<String, String> groupOfCode, Set<String> labels) {
        if (!node.isObject()) {
            mistakes.add(at, "groupNotObject", "a group is an object {\"label\": …, \"codes\": […]}, not "
                    + Mistakes.kind(node), Mistakes.kindCode(node));
            return null;
        }
        mistakes.unknownKeys(node, at, GROUP_KEYS, "a group");
        String label = label(node, at, labels);
        JsonNode codesNode = present(node.get("codes"));
        String codesAt = Mistakes.at(at, "codes");
        if (codesNode == null) {
            mistakes.add(codesAt, "groupCodesMissing", "a group needs its codes: a list of " + by.wireName() + " codes",
                    by.wireName());
            return null;
        }
        String name = label == null ? "group " + at.substring(at.lastIndexOf('/') + 1) : "group '" + label + "'";
        List<String> codes = codes(codesNode, codesAt, by, name, groupOfCode);
        return label == null || codes == null ? null : new Group(label, codes);
    }

    private String label(JsonNode group, String at, Set<String> labels) {
        String labelAt = Mistakes.at(at, "label");
        String label = mistakes.freeText(mistakes.text(group, at, "label", "a group's label", MOST_LABEL_CHARACTERS),
                labelAt, "a group's label");
        if (label == null) {
            return null;
        }
        if (label.contains("/")) {
            mistakes.add(labelAt, "labelSlash", "label '" + label + "' holds a '/': cell keys put '/' between row, "
                    + "column and value, so labels cannot", label);
            return null;
        }
        if (RESERVED_LABELS.contains(label)) {
            mistakes.add(labelAt, "labelReserved", "'" + label + "' is a category the table makes itself (its total, "
                    + "and the codes in no group): choose another label", label);
            return null;
        }
        if (!labels.add(label)) {
            mistakes.add(labelAt, "labelTwice", "two groups are labelled '" + label + "': labels must differ", label);
            return null;
        }
        return label;
    }

    /**
     * The raw codes of {@code by} listed at {@code at}, each once; null after a mistake. {@code groupOfCode}
     * (null outside groups) remembers the group that first held each code, so that a code in two groups is
     * named at the second.
     */
    List<String> codes(JsonNode node, String at, Dimension by, String owner, Map<String, String> groupOfCode) {
        if (mistakes.list(node, at, "the codes of " + owner, "[\"" + example(by) + "\"]", MOST_CODES) == null) {
            return null;
        }
        List<String> codes = new ArrayList<>();
        boolean allRead = true;
        for (int m = 0; m < node.size(); m++) {
            String codeAt = Mistakes.at(at, m);
            String code = mistakes.text(node.get(m), codeAt, "a code", 250);
            if (code == null) {
                allRead = false;
                continue;
            }
            Optional<Dimension.NotACode> notACode = by.whyNotACode(code);
            if (by.kind() == Dimension.Kind.OPEN && mistakes.freeText(code, codeAt, "a code") == null) {
                allRead = false;
            } else if (notACode.isPresent()) {
                mistakes.add(codeAt, notACode.get().code(), notACode.get().message(), code);
                allRead = false;
            } else if (codes.contains(code)) {
                mistakes.add(codeAt, "codeTwice", "code '" + code + "' is listed twice in " + owner, code);
                allRead = false;
            } else if (groupOfCode != null && groupOfCode.containsKey(code)) {
                mistakes.add(codeAt, "codeInTwoGroups", "code '" + code + "' is already in " + groupOfCode.get(code)
                        + ": a code can be in one group only", code, groupOfCode.get(code));
                allRead = false;
            } else {
                codes.add(code);
            }
        }
        if (groupOfCode != null) {
            codes.forEach(code -> groupOfCode.putIfAbsent(code, owner));
        }
        return allRead ? codes : null;
    }

    private static String example(Dimension by) {
        return switch (by.kind()) {
            case CODED -> by.codes().get(0);
            case SCOPE -> "sala";
            case OPEN -> by == Dimension.HOME_MUNICIPALITY ? "1980" : "MUNICIPALITY:IFO Försörjningsstöd";
            case BANDED -> "";
        };
    }

    /** A member that is there and not {@code null}; null otherwise. */
    static JsonNode present(JsonNode node) {
        return node == null || node.isNull() ? null : node;
    }
}
