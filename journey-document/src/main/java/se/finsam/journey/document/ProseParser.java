package se.finsam.journey.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the team's plain text into paragraphs and lists (the rules are on {@link Prose}). */
final class ProseParser {

    private static final Pattern BULLET = Pattern.compile("^( *)[-*•–] +(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^( *)\\d{1,3}[.)] +(.*)$");

    private ProseParser() {
    }

    static List<ProseBlock> parse(String text) {
        List<ProseBlock> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<ProseBlock.Item> items = new ArrayList<>();
        Boolean numbered = null;
        for (String raw : Text.clean(text).split("\n", -1)) {
            String line = raw.stripTrailing();
            Matcher bullet = BULLET.matcher(line);
            Matcher number = NUMBERED.matcher(line);
            boolean isBullet = bullet.matches();
            boolean isNumber = !isBullet && number.matches();
            if (line.isBlank()) {
                flushParagraph(blocks, paragraph);
                numbered = flushList(blocks, items, numbered);
            } else if (isBullet || isNumber) {
                Matcher item = isBullet ? bullet : number;
                int level = item.group(1).length() >= 2 && !items.isEmpty() ? 1 : 0;
                if (level == 0 && numbered != null && numbered != isNumber) {
                    numbered = flushList(blocks, items, numbered);
                }
                flushParagraph(blocks, paragraph);
                if (numbered == null) {
                    numbered = isNumber;
                }
                items.add(new ProseBlock.Item(level, item.group(2).strip()));
            } else if (!items.isEmpty()) {
                ProseBlock.Item last = items.remove(items.size() - 1);
                items.add(new ProseBlock.Item(last.level(), last.text() + " " + line.strip()));
            } else {
                paragraph.add(line.strip());
            }
        }
        flushParagraph(blocks, paragraph);
        flushList(blocks, items, numbered);
        return blocks;
    }

    private static void flushParagraph(List<ProseBlock> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new ProseBlock.Paragraph(lines));
            lines.clear();
        }
    }

    private static Boolean flushList(List<ProseBlock> blocks, List<ProseBlock.Item> items, Boolean numbered) {
        if (!items.isEmpty()) {
            blocks.add(new ProseBlock.ItemList(Boolean.TRUE.equals(numbered), items));
            items.clear();
        }
        return null;
    }
}
