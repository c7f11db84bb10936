package org.peaceops.intranet.documents.application.preview;

import java.nio.file.Path;

/**
 * A cached page image ready to send. The entity tag names the content, size and page: the same bytes
 * always give the same image, so a client may keep it as long as it likes.
 */
public record PageImage(Path file, String entityTag) {
}
