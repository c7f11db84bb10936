/**
 * The pages of communities of practice: the list ({@code /toolbox/communities.xhtml}), one community
 * ({@code /toolbox/community.xhtml}) and one question ({@code /toolbox/question.xhtml}). Open to every
 * role; the services decide who may ask, answer and moderate.
 */
package org.peaceops.intranet.web.toolbox.community;
