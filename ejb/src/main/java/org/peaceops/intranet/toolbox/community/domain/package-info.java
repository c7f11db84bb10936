/**
 * The model of communities of practice: {@code Community} (its members and moderators), {@code Question}
 * and {@code Answer}, each moderated before other readers see it, and the rules of who may do what.
 */
package org.peaceops.intranet.toolbox.community.domain;
