package org.peaceops.intranet.web.api;

/** The answer to {@code POST /api/v1/training/courses/{id}/assignments}: how many people were assigned now. */
public record AssignResponse(int assigned) {
}
