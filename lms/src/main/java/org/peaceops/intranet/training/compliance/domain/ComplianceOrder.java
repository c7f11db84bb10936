package org.peaceops.intranet.training.compliance.domain;

/** How a drill-down list is sorted; ties are broken by the person's identifier so pages never overlap. */
public enum ComplianceOrder {
    NAME, MISSION, CATEGORY, DATE
}
