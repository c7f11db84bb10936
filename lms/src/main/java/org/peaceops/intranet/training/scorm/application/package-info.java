/**
 * SCORM lessons as use cases: a trainer imports a package into a lesson (checked, kept in the documents
 * content store, shown, then published); a learner plays it, the run-time's commits are kept and resumed,
 * and a satisfied package completes the lesson through training's one completion path.
 */
package org.peaceops.intranet.training.scorm.application;
