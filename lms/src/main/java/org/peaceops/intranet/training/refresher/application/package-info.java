/**
 * Refresher use cases: record who owes a refresher when cited guidance is revised, assign the refreshers
 * when the updated course is published (at once, or once a trainer confirms), and the trainers' lists.
 */
package org.peaceops.intranet.training.refresher.application;
