package org.peaceops.intranet.documents.domain.guidance;

import java.util.Collection;
import java.util.List;

/** Where the thematic taxonomy is kept. */
public interface ThematicAreaRepository {

    /** Active themes in their display order. */
    List<ThematicArea> findActive();

    /** The themes with these codes; unknown codes are simply absent from the result. */
    List<ThematicArea> findByCodes(Collection<String> codes);

    /** Every theme, retired ones included, in display order: the administration page. */
    List<ThematicArea> findAll();

    void add(ThematicArea theme);
}
