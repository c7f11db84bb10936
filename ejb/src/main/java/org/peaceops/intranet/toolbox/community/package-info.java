/**
 * Communities of practice: people of one specialty (rule of law, DDR, civil affairs, ...) asking and
 * answering each other's questions, moderated by moderators named per community. A question that shows
 * a gap in the guidance becomes a recommendation to the policy office on the Toolbox board.
 */
package org.peaceops.intranet.toolbox.community;
