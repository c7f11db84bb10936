package org.peaceops.intranet.web.api;

/** The answer to {@code PUT .../versions/{version}/file}: what was stored, under the file's safe name. */
public record FileStoredResponse(String sha256, long size, String mediaType, String file) {
}
