package org.peaceops.intranet.training.domain;

/** When in a deployment a course is taken (DOMAIN.md, Training). */
public enum TrainingPhase {
    PRE_DEPLOYMENT, INDUCTION, IN_MISSION, REFRESHER
}
