package org.peaceops.intranet.training.scorm.domain;

/**
 * One entry of a package as its central directory declares it: the name as written, its sizes
 * ({@code -1} when not declared), and whether it is a directory or a symbolic link.
 */
public record ArchiveEntry(String name, long size, long compressedSize, boolean directory, boolean symlink) {
}
