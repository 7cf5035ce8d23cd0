package org.frontline.claims;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An outlet or channel a claim is attributed to.
 *
 * @param stance "pro-government", "opposition", "independent", "kurdish", "jihadist", "unknown" …
 * @param scale  ACLED source_scale (Local, National, Regional, International, New media, Other); nullable
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Source(String name, String stance, String scale) {
}
