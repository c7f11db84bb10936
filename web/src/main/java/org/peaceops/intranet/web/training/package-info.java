/**
 * Training screens: my training, and the trainer's views (grows with the training issue).
 */
package org.peaceops.intranet.web.training;
