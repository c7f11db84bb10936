package org.peaceops.intranet.documents.infrastructure.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.peaceops.intranet.documents.application.preview.PreviewCache;
import org.peaceops.intranet.documents.application.preview.UnrenderablePdfException;
import org.peaceops.intranet.shared.Sha256;

/**
 * The preview cache on disk: {@code <root>/<sha256>/<size>-<page>.png}, plus per file its page count,
 * the reason it has no preview, and for plain text its PDF rendition. Everything here is derived from
 * the blob of that hash and may be deleted at any time (it is made again on demand). Each file is
 * written to a temporary name and renamed into place, so a reader never sees half an image, and two
 * requests rendering the same page at once simply both succeed.
 */
public final class PreviewFiles implements PreviewCache {

    private static final Pattern SIZE = Pattern.compile("[a-z]{1,20}");
    private static final String PAGES = "pages";
    private static final String NO_PREVIEW = "no-preview";
    private static final String RENDITION = "rendition.pdf";

    private final Path root;

    public PreviewFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(this.root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the preview directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path image(String sha256, String size, int page) {
        if (!SIZE.matcher(size).matches() || page < 1) {
            throw new IllegalArgumentException("No preview " + size + "-" + page);
        }
        return dir(sha256).resolve(size + "-" + page + ".png");
    }

    public Optional<Path> cachedImage(String sha256, String size, int page) {
        Path image = image(sha256, size, page);
        return Files.isRegularFile(image) ? Optional.of(image) : Optional.empty();
    }

    public Path rendition(String sha256) {
        return dir(sha256).resolve(RENDITION);
    }

    public Optional<Integer> pageCount(String sha256) {
        return read(sha256, PAGES).map(Integer::valueOf);
    }

    public void rememberPageCount(String sha256, int pages) throws IOException {
        writeText(dir(sha256).resolve(PAGES), Integer.toString(pages));
    }

    /** The problem remembered for a file that could not be rendered, so it is not parsed again on every request. */
    public Optional<UnrenderablePdfException.Problem> problem(String sha256) {
        return read(sha256, NO_PREVIEW).map(UnrenderablePdfException.Problem::valueOf);
    }

    public void rememberProblem(String sha256, UnrenderablePdfException.Problem problem) throws IOException {
        writeText(dir(sha256).resolve(NO_PREVIEW), problem.name());
    }

    /**
     * Writes {@code target} (a path of this cache) atomically. If the content fails, nothing is left behind.
     */
    public void write(Path target, Content content) throws IOException, UnrenderablePdfException {
        Path temp = temporaryBeside(target);
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void writeText(Path target, String text) throws IOException {
        Path temp = temporaryBeside(target);
        try {
            Files.writeString(temp, text, StandardCharsets.US_ASCII);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Path temporaryBeside(Path target) throws IOException {
        if (!target.normalize().startsWith(root)) {
            throw new IllegalArgumentException(target + " is outside the preview cache");
        }
        Files.createDirectories(target.getParent());
        return Files.createTempFile(target.getParent(), ".preview-", ".tmp");
    }

    private Optional<String> read(String sha256, String name) {
        Path file = dir(sha256).resolve(name);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.US_ASCII).strip())
                    : Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            // A damaged marker is as good as none: the answer is worked out again.
            return Optional.empty();
        }
    }

    private Path dir(String sha256) {
        Sha256.requireHex(sha256);
        return root.resolve(sha256);
    }
}
