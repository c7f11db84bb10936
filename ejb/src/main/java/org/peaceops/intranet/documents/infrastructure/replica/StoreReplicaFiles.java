package org.peaceops.intranet.documents.infrastructure.replica;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.peaceops.intranet.documents.application.replica.ReplicaFiles;
import org.peaceops.intranet.documents.infrastructure.blobs.BlobStore;
import org.peaceops.intranet.documents.infrastructure.texts.TextStore;
import org.peaceops.intranet.shared.Sha256;

/** {@link ReplicaFiles} over the blob store and the text store. */
@ApplicationScoped
public class StoreReplicaFiles implements ReplicaFiles {


    @Inject
    BlobStore blobs;

    @Inject
    TextStore texts;

    @Override
    public Optional<Path> file(Kind kind, String sha256) {
        if (!Sha256.isHex(sha256)) {
            return Optional.empty();
        }
        Path file = kind == Kind.BLOB ? blobs.file(sha256) : texts.file(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
