package org.peaceops.intranet.toolbox.community.domain;

/** The field of practice a community gathers. Stored by name: add constants, never rename them. */
public enum Specialty {
    RULE_OF_LAW, DDR, CIVIL_AFFAIRS, SECURITY_SECTOR_REFORM, HUMAN_RIGHTS, PROTECTION_OF_CIVILIANS, GENDER,
    ELECTORAL_ASSISTANCE, OTHER
}
