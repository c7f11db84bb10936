package org.peaceops.intranet.training.domain;

/** Orders a page of courses can be read in (each with the code as tie-break). */
public enum CourseOrder {
    CODE, TITLE, SCOPE
}
