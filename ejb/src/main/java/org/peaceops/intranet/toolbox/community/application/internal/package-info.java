/** The stateless EJBs behind the community use cases, and the adapters of their ports. */
package org.peaceops.intranet.toolbox.community.application.internal;
