package org.peaceops.intranet.training.session.application;

/** A session's signed attendance sheet: its bytes' SHA-256 in the content store, its name and detected type. */
public record SheetFile(String sha256, String fileName, String mediaType) implements java.io.Serializable {
}
