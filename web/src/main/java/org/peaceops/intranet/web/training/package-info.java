/**
 * Training screens: my training, lessons and quizzes, certificates, and the trainer's course editor, roster and exports.
 */
package org.peaceops.intranet.web.training;
