package org.peaceops.intranet.identity.domain;

/** The orders the directory can be listed in (a fixed list: never a column name from a request). */
public enum PersonOrder {
    NAME("p.displayName asc"),
    MISSION("p.mission asc, p.displayName asc"),
    LAST_SIGN_IN("p.lastSignIn desc");

    private final String jpql;

    PersonOrder(String jpql) {
        this.jpql = jpql;
    }

    public String jpql() {
        return jpql;
    }
}
