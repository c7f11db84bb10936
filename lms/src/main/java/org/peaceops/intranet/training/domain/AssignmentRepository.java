package org.peaceops.intranet.training.domain;

import java.util.List;
import java.util.Optional;

/** Assignments and the rules that make them. */
public interface AssignmentRepository {

    void add(Assignment assignment);

    void addRule(AssignmentRule rule);

    Optional<Assignment> find(long id);

    List<Assignment> ofLearner(String subject);

    List<Assignment> ofCourse(long courseId);

    /** Whether the person already owes this course (an active assignment). */
    boolean owes(String subject, long courseId);

    /** Whether a rule already assigned this person (active, completed or cancelled: once is enough). */
    boolean assignedByRule(String subject, long ruleId);

    List<AssignmentRule> activeRules();

    List<AssignmentRule> rulesOf(long courseId);
}
