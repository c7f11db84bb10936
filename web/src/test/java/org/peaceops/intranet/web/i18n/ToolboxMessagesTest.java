package org.peaceops.intranet.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.toolbox.domain.definition.FieldKind;
import org.peaceops.intranet.toolbox.domain.recommendation.Priority;
import org.peaceops.intranet.toolbox.domain.recommendation.RecommendationStatus;
import org.peaceops.intranet.toolbox.domain.report.ReportStatus;

/**
 * Every message key the Toolbox's domain refuses or validates with, and every label of its kinds and
 * statuses, is in the EN and FR bundles: a form or the API can always say what is wrong in both languages.
 */
class ToolboxMessagesTest {

    /** Surefire runs in the module directory; the Toolbox's sources are in the ejb module beside it. */
    private static final Path TOOLBOX_SOURCES = Path.of("../ejb/src/main/java/org/peaceops/intranet/toolbox");
    private static final Path BUNDLES = Path.of("src/main/resources/org/peaceops/intranet/web/i18n");
    private static final Pattern KEY = Pattern.compile("\"(toolbox\\.[A-Za-z]+\\.[A-Za-z]+)\"");

    @Test
    void everyKeyTheToolboxDomainUsesIsInBothLanguages() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TOOLBOX_SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(source));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        for (FieldKind kind : FieldKind.values()) {
            used.add("toolbox.fieldKind." + kind.name());
        }
        for (ReportStatus status : ReportStatus.values()) {
            used.add("toolbox.status." + status.name());
        }
        for (RecommendationStatus status : RecommendationStatus.values()) {
            used.add("toolbox.recommendationStatus." + status.name());
        }
        for (Priority priority : Priority.values()) {
            used.add("toolbox.priority." + priority.name());
        }
        // Guard against a scan that silently finds nothing (moved sources, broken pattern).
        assertThat(used).contains("toolbox.report.fourEyes", "toolbox.field.required").hasSizeGreaterThan(40);

        Properties en = load("messages_en.properties");
        Properties fr = load("messages_fr.properties");
        for (String key : used) {
            assertThat(en.getProperty(key)).as("EN %s", key).isNotBlank();
            assertThat(fr.getProperty(key)).as("FR %s", key).isNotBlank();
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
