package org.peaceops.intranet.documents.infrastructure.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;
import org.peaceops.intranet.documents.application.replica.ReplicaFiles;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.texts.TextStore;

/** {@link ReplicaFiles} over the blob store and the text store. */
@ApplicationScoped
public class StoreReplicaFiles implements ReplicaFiles {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Inject
    BlobStore blobs;

    @Inject
    TextStore texts;

    @Override
    public Optional<Path> file(Kind kind, String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = kind == Kind.BLOB ? blobs.file(sha256) : texts.file(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
