package org.peaceops.intranet.toolbox.application.trends;

/** A value (a type code, a mission, a word) and how many reports it counts. */
public record Count(String value, long count) {
}
