package org.peaceops.intranet.platform.application;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The moment a mission node found headquarters unreachable, kept in one small file of the node's data
 * directory so that a node restarted during an outage still says since when, not since its restart. A file
 * rather than a table: the node's database is partly headquarters' replica, and this fact is the node's
 * alone. Written whole to a temporary file and renamed, so a crash leaves the old moment or the new one;
 * a file that cannot be written (a full disk) costs only the memory across a restart, never the probe.
 */
final class LinkLossRecord {

    private static final Logger LOG = Logger.getLogger(LinkLossRecord.class.getName());
    static final String FILE_NAME = "headquarters-unreachable-since";

    private final Path file;

    LinkLossRecord(Path dataDirectory) {
        this.file = dataDirectory.resolve(FILE_NAME);
    }

    /** The moment kept by an earlier run; empty when none is kept or the file is unreadable (logged). */
    Optional<Instant> read() {
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot read " + file + ": the banner's time starts again at the next failed probe", e);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            LOG.warning(() -> "Removing " + file + ", which holds no moment: the banner's time starts again at the next failed probe");
            forget();
            return Optional.empty();
        }
    }

    void keep(Instant since) {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            Files.writeString(temporary, since + "\n", StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot keep in " + file + " since when headquarters is unreachable (" + since
                    + "): a restart will show the time of the next failed probe", e);
        }
    }

    void forget() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot remove " + file + ": a restart would show headquarters unreachable until its first probe", e);
        }
    }
}
