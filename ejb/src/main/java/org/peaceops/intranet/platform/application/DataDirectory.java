package org.peaceops.intranet.platform.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one directory where the intranet keeps files (blobs, previews, search index). Configured by
 * {@code intranet.data.dir} (environment {@code INTRANET_DATA_DIR}); the scripts always pass an absolute path.
 */
@ApplicationScoped
public class DataDirectory {

    @Inject
    @ConfigProperty(name = "intranet.data.dir", defaultValue = "data")
    String configured;

    private Path root;

    @PostConstruct
    void resolve() {
        root = Path.of(configured).toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** A sub-directory of the data directory, created if missing. */
    public Path resolve(String name) {
        Path dir = root.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    /** Writes and removes a probe file: the only honest answer to "can we store files now?". */
    public boolean isWritable() {
        try {
            Path probe = Files.createTempFile(root, ".probe", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
