/** Readers: the founding "seed" format, plain text, HTML, JSONL and RSS/Atom into {@link org.frontline.article.Article}s. */
package org.frontline.article;
