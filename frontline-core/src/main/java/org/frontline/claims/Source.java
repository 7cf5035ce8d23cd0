package org.frontline.claims;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An outlet or channel a claim is attributed to.
 *
 * @param stance "pro-government", "opposition", "independent", "kurdish", "jihadist", "unknown" …
 * @param scale  ACLED source_scale (Local, National, Regional, International, New media, Other); nullable
 * @param covers ISO alpha-2 of the one country the outlet reports on (a Syrian monitor, a local network), a hint
 *               for places a report names without their country; nullable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String name, String stance, String scale, @JsonIgnore String covers) {
    public Source(String name, String stance, String scale) {
        this(name, stance, scale, null);
    }
}
