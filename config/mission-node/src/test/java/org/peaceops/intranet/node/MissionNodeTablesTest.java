package org.peaceops.intranet.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table the migrations create is either replicated from headquarters to mission nodes or kept by each
 * node for itself, and says so in {@code replication.tables}: a new table forces that decision, since a table
 * written on a node and also subscribed would stop the replication at the first conflict.
 */
class MissionNodeTablesTest {

    private static final Path ROOT = Path.of("..", "..");
    private static final Pattern CREATE = Pattern.compile(
            "create table\\s+(?:if not exists\\s+)?(?:\\w+\\.)?(\\w+)\\s*\\((.*?)\\n\\);", Pattern.DOTALL);
    private static final Pattern DROP = Pattern.compile("drop table\\s+(?:if exists\\s+)?(?:\\w+\\.)?(\\w+)");

    /** schema.table → whether its create statement declares a primary key, in migration order per schema. */
    private static Map<String, Boolean> migratedTables() throws IOException {
        Map<String, Boolean> tables = new TreeMap<>();
        for (Path folder : new Path[] {ROOT.resolve("ejb/src/main/resources/db/migration/documents"),
                ROOT.resolve("ejb/src/main/resources/db/migration/toolbox"),
                ROOT.resolve("lms/src/main/resources/db/migration/training")}) {
            String schema = folder.getFileName().toString();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted((a, b) -> Integer.compare(version(a), version(b))).toList()) {
                    String sql = Files.readString(file).toLowerCase(Locale.ROOT).replaceAll("--[^\\n]*", "");
                    Matcher create = CREATE.matcher(sql);
                    while (create.find()) {
                        tables.put(schema + "." + create.group(1), create.group(2).contains("primary key"));
                    }
                    Matcher drop = DROP.matcher(sql);
                    while (drop.find()) {
                        tables.remove(schema + "." + drop.group(1));
                    }
                }
            }
        }
        return tables;
    }

    private static int version(Path migration) {
        String name = migration.getFileName().toString();
        return Integer.parseInt(name.substring(1, name.indexOf("__")));
    }

    /** schema.table → "replicated", "local" or "forwarded". */
    private static Map<String, String> listed() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("replication.tables"))) {
            return lines.map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.split("\\s+"))
                    .collect(Collectors.toMap(w -> w[1], w -> w[0], (a, b) -> {
                        throw new AssertionError("Listed twice in replication.tables");
                    }, TreeMap::new));
        }
    }

    @Test
    void every_table_of_the_migrations_is_either_replicated_or_the_nodes_own() throws IOException {
        Map<String, Boolean> migrated = migratedTables();
        Map<String, String> listed = listed();

        assertThat(migrated).as("tables found in the migrations").hasSizeGreaterThan(50);
        assertThat(listed.keySet()).as("replication.tables, against the migrations")
                .containsExactlyInAnyOrderElementsOf(migrated.keySet());
        assertThat(listed.values())
                .allMatch(kind -> kind.equals("replicated") || kind.equals("local") || kind.equals("forwarded"));
    }

    @Test
    void published_tables_have_a_primary_key_so_that_updates_and_deletes_can_be_published()
            throws IOException {
        Map<String, Boolean> migrated = migratedTables();

        listed().forEach((table, kind) -> {
            if (!kind.equals("local")) {
                assertThat(migrated.get(table)).as(table + " has a primary key").isTrue();
            }
        });
    }

    @Test
    void what_nodes_write_themselves_stays_on_the_node() throws IOException {
        Map<String, String> listed = listed();

        // Sign-ins (audit), the node's search cursor and learning progress are written on every node.
        assertThat(listed).containsEntry("documents.audit_entry", "local")
                .containsEntry("documents.search_outbox_taken", "local")
                .containsEntry("training.lesson_progress", "local")
                .containsEntry("training.training_record", "local");
        // Learning reaches headquarters as events of its own, never as the node's rows (their ids collide).
        assertThat(listed).containsEntry("training.learning_event", "forwarded")
                .containsEntry("training.learning_event_applied", "local");
        // The catalogue and the training catalogue come from headquarters.
        assertThat(listed).containsEntry("documents.guidance_document", "replicated")
                .containsEntry("documents.document_version", "replicated")
                .containsEntry("documents.content_extraction", "replicated")
                .containsEntry("training.course", "replicated");
    }
}
