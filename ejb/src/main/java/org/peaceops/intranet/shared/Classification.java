package org.peaceops.intranet.shared;


/**
 * How widely a document may be read (DOMAIN.md, Scoping). Combined with role and mission by the
 * access policy: public and internal documents are for every signed-in reader once promulgated;
 * confidential ones for the owning mission (and headquarters).
 */
public enum Classification {
    PUBLIC, INTERNAL, CONFIDENTIAL
}
