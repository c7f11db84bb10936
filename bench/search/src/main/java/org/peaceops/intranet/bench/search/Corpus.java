package org.peaceops.intranet.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The text documents are made of: the sentences of every text file in a directory. Document {@code i}
 * is always the same (seeded by {@code i}), so Lucene and PostgreSQL get identical libraries without
 * holding them in memory.
 */
final class Corpus {

    static final List<String> MISSIONS = List.of("UNMISS", "MINUSCA", "MONUSCO", "MINUSMA", "UNIFIL", "UNFICYP",
            "UNMIK", "UNISFA", "UNDOF", "UNTSO", "MINURSO", "UNMOGIP", "HQ");
    static final List<String> TYPES = List.of("POLICY_DIRECTIVE", "SOP", "GUIDELINES", "MANUAL");
    static final List<String> THEMES = List.of("PLANNING", "GENDER", "RULE_OF_LAW", "DDR", "CONDUCT_AND_DISCIPLINE",
            "PROTECTION_OF_CIVILIANS", "CIVIL_AFFAIRS", "LOGISTICS");

    private final List<String> sentences;

    private Corpus(List<String> sentences) {
        this.sentences = sentences;
    }

    static Corpus read(Path dir) throws IOException {
        List<String> sentences = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (!text.contains("\u0000")) { // binary files are not text to index
                    for (String s : text.replaceAll("\\s+", " ").split("(?<=[.;:?!])\\s+")) {
                        if (s.length() > 30 && s.length() < 600) {
                            sentences.add(s.strip());
                        }
                    }
                }
            }
        }
        if (sentences.size() < 50) {
            throw new IllegalArgumentException("Too little text in " + dir + " (" + sentences.size() + " sentences)");
        }
        return new Corpus(sentences);
    }

    int sentenceCount() {
        return sentences.size();
    }

    /** Document {@code i}: varied by choice and order of sentences and a few words of its own. */
    Generated document(int i) {
        Random random = new Random(i * 7919L + 17);
        String title = trimTitle(sentences.get(random.nextInt(sentences.size())));
        String summary = sentences.get(random.nextInt(sentences.size()));
        StringBuilder body = new StringBuilder(4096);
        int count = 8 + random.nextInt(24);
        for (int s = 0; s < count; s++) {
            body.append(sentences.get(random.nextInt(sentences.size()))).append(' ');
            if (random.nextInt(6) == 0) {
                body.append("Sector ").append(random.nextInt(4000)).append(" site ").append(Integer.toString(i % 9973, 36))
                        .append(". ");
            }
        }
        int roll = random.nextInt(100);
        String classification = roll < 70 ? "PUBLIC" : roll < 90 ? "INTERNAL" : "CONFIDENTIAL";
        return new Generated(i + 1, title, summary, body.toString(), TYPES.get(random.nextInt(TYPES.size())),
                THEMES.get(random.nextInt(THEMES.size())), MISSIONS.get(random.nextInt(MISSIONS.size())),
                classification, random.nextInt(10) == 0 ? "fr" : "en", 2000 + random.nextInt(26),
                random.nextInt(10) == 0, random.nextInt(500));
    }

    private static String trimTitle(String sentence) {
        String[] words = sentence.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 12)));
    }

    /** One generated document; {@code superseded} documents also have an older, superseded version. */
    record Generated(long id, String title, String summary, String body, String type, String theme, String mission,
            String classification, String language, int year, boolean superseded, int downloads) {
    }
}
