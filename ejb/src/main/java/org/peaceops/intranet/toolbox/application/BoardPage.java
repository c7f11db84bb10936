package org.peaceops.intranet.toolbox.application;

import java.util.List;

/** One page of the board and how many rows the board has in all for the same filters. */
public record BoardPage(List<BoardRow> rows, long total) {

    public BoardPage {
        rows = List.copyOf(rows);
    }
}
