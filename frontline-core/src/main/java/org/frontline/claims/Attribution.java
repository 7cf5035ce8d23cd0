package org.frontline.claims;

import java.util.List;

/**
 * Who a claim hangs on: "rapporte MG, citant les sites de coordination" is source MG via the coordination sites.
 *
 * @param via the sources the source itself cites, outermost first; empty when it speaks for itself
 */
public record Attribution(String source, String stance, List<String> via) {
    public Attribution {
        via = via == null ? List.of() : List.copyOf(via);
    }
}
