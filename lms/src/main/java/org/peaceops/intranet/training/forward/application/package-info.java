/**
 * Store and forward of learning made on a mission node: the node journals it beside its own rows
 * ({@link org.peaceops.intranet.training.forward.application.LearningJournal}); headquarters folds what its
 * subscriptions brought, once per event
 * ({@link org.peaceops.intranet.training.forward.application.ForwardedLearning}).
 */
package org.peaceops.intranet.training.forward.application;
