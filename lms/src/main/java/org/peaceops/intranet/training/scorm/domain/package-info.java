/**
 * SCORM e-learning packages: the rules a package must pass before anything of it is kept (its manifest,
 * its entries, its size), what the manifest says (version, SCOs, mastery score), and nothing of zip
 * libraries or storage, which come in through {@link org.peaceops.intranet.training.scorm.domain.PackageArchive}.
 */
package org.peaceops.intranet.training.scorm.domain;
