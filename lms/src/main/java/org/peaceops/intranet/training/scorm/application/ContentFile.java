package org.peaceops.intranet.training.scorm.application;

import java.nio.file.Path;

/** A file of a kept package, for the content servlet: where its bytes are and how big it is. */
public record ContentFile(String path, Path bytes, long size, String sha256) {
}
