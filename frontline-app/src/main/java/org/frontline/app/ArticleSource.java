package org.frontline.app;

import org.frontline.article.InputFormat;
import org.frontline.article.ReadResult;

/**
 * How the app turns an input's bytes into articles. The app codes against this so it does not depend on the
 * readers' wiring; the standard one is the core readers facade ({@code org.frontline.article.Readers::read}).
 * An unreadable input throws {@link org.frontline.FrontlineException} with a one-line message naming it.
 */
@FunctionalInterface
public interface ArticleSource {
    /**
     * @param name    the input's name for messages and as fallback input id (a path, "-" for stdin)
     * @param content the raw bytes
     */
    ReadResult read(String name, byte[] content, InputFormat format);
}
