package org.peaceops.intranet.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.peaceops.intranet.shared.PersonnelCategory;
import org.peaceops.intranet.shared.Role;
import org.peaceops.intranet.web.shell.SectionAccess;

/** The EN and FR bundles say the same things, and every key the pages and code use is in both. */
class MessageBundlesTest {

    /** Surefire runs in the module directory. */
    private static final Path BUNDLES = Path.of("src/main/resources/org/peaceops/intranet/web/i18n");
    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern MSG_KEY = Pattern.compile("msg\\['([^']+)'\\]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    private static Properties en;
    private static Properties fr;
    private static Properties base;

    @BeforeAll
    static void load() throws IOException {
        en = load("messages_en.properties");
        fr = load("messages_fr.properties");
        base = load("messages.properties");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        // Java 9+ reads property bundles as UTF-8; read them the same way here.
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        assertThat(properties).as(name).isNotEmpty();
        return properties;
    }

    private static Set<String> keys(Properties p) {
        return new TreeSet<>(p.stringPropertyNames());
    }

    private static void assertInBothLanguages(Set<String> keys, String where) {
        for (String key : keys) {
            assertThat(en.getProperty(key)).as("EN key '%s' (%s)", key, where).isNotNull();
            assertThat(fr.getProperty(key)).as("FR key '%s' (%s)", key, where).isNotNull();
        }
    }

    @Test
    void englishAndFrenchHaveExactlyTheSameKeys() {
        assertThat(keys(fr)).containsExactlyElementsOf(keys(en));
    }

    @Test
    void theDefaultBundleHasTheSameKeysAsEnglish() {
        assertThat(keys(base)).containsExactlyElementsOf(keys(en));
    }

    @Test
    void noValueIsEmpty() {
        for (Properties bundle : new Properties[] {en, fr, base}) {
            assertThat(new TreeMap<>(bundle)).allSatisfy((key, value) ->
                    assertThat(value.toString().strip()).as("value of %s", key).isNotEmpty());
        }
    }

    @Test
    void everyKeyUsedInThePagesExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = MSG_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }

        // Guard against a scan that silently finds nothing (wrong directory, broken pattern).
        assertThat(used).contains("app.name", "login.title", "nav.home").hasSizeGreaterThan(20);
        assertInBothLanguages(used, "used in an .xhtml page");
    }

    @Test
    void everyNavigationLabelExists() {
        Set<String> labels = new TreeSet<>();
        SectionAccess.SECTIONS.forEach(s -> labels.add(s.item().getLabelKey()));

        assertThat(labels).hasSize(SectionAccess.SECTIONS.size());
        assertInBothLanguages(labels, "SectionAccess label");
    }

    @Test
    void everyRoleAndCategoryHasALabel() {
        Set<String> labels = new TreeSet<>();
        for (Role role : Role.values()) {
            labels.add("role." + role.roleName());
        }
        for (PersonnelCategory category : PersonnelCategory.values()) {
            labels.add("category." + category.code());
        }
        // CurrentUser's answers when nobody (or a person without role) is signed in.
        labels.add("role.none");
        labels.add("category.none");

        assertInBothLanguages(labels, "role or category label");
    }

    @Test
    void placeholdersAgreeBetweenLanguagesAndAreReallySubstituted() {
        for (String key : keys(en)) {
            Set<String> enArgs = placeholders(en.getProperty(key));
            assertThat(placeholders(fr.getProperty(key))).as("placeholders of %s", key).isEqualTo(enArgs);
            if (!enArgs.isEmpty()) {
                // h:outputFormat goes through MessageFormat: a stray apostrophe would swallow the {0}.
                assertThat(new MessageFormat(en.getProperty(key), Locale.ENGLISH).format(new Object[] {"§ARG§"}))
                        .as("EN %s", key).contains("§ARG§");
                assertThat(new MessageFormat(fr.getProperty(key), Locale.FRENCH).format(new Object[] {"§ARG§"}))
                        .as("FR %s", key).contains("§ARG§");
            }
        }
    }

    private static Set<String> placeholders(String value) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
