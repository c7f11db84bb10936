/**
 * Who a person is to the intranet: roles, personnel category, mission. No framework code.
 */
package org.peaceops.intranet.identity.domain;
