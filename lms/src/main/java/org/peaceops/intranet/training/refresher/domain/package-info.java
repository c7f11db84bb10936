/**
 * Refreshers owed because guidance a person was trained on was revised: who owes which course, on which
 * old version, and whether the refresher is waiting for the updated course, for a trainer's go, or assigned.
 */
package org.peaceops.intranet.training.refresher.domain;
