/**
 * What runs inside the child JVMs that parse files: only Tika's and the JDK's classes may be used here,
 * for these classes are copied into a jar on the children's class path, beside Tika's own jars.
 */
package org.peaceops.intranet.documents.infrastructure.tika.child;
