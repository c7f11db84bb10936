/**
 * Compliance dashboards: what the figures mean, and the one criteria object each figure and its drill-down
 * list are both built from (so the number on the dashboard is always the length of the list behind it).
 *
 * <p>Definitions. A <b>mandatory</b> assignment is one an <em>active</em> {@code AssignmentRule} made
 * (rules are how a mission or a personnel category is told "everyone here must take this"; a trainer's
 * one-off assignment or a system-owed refresher is not a mandate) and that was not cancelled. The
 * <b>population</b> is the learners of the scope (mission, category). A person is <b>compliant</b> when
 * they owe no mandatory assignment (every one completed); <b>overdue</b> when at least one mandatory
 * assignment still owed is past its due date (an extension wins over the rule; a relative due date whose
 * arrival or deployment date is unknown is never overdue). Days are counted on the dashboard's reference
 * day (UTC), not in each mission's time zone: a figure is a report of one day. <b>Expiring in N days</b>:
 * certificates whose expiry falls from the reference day to N days later. The <b>trend</b> counts the
 * training records completed each month, over 24 months, where the training was recorded. The
 * <b>training gap</b>: people who arrived in a mission (an arrival date is known) with no verified
 * pre-deployment attestation (no training record by attestation of a pre-deployment course), grouped
 * by the contributing country of their latest attestation line if any.
 */
package org.peaceops.intranet.training.compliance.domain;
