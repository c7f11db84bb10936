/**
 * Who a person is to the intranet (roles, personnel category, mission), the people directory and missions
 * (JPA entities), and the access policy: pure rules every page, API call and download is decided by.
 */
package org.peaceops.intranet.identity.domain;
