/** JPA repositories of communities, questions and answers, in the toolbox persistence unit and schema. */
package org.peaceops.intranet.toolbox.community.infrastructure;
