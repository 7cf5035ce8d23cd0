package org.frontline.article;

/**
 * Turns the bytes of one input into articles. Implementations are stateless and thread-safe.
 * An input that cannot be read at all (empty, binary, undecodable) throws {@link org.frontline.FrontlineException}
 * whose message is one line naming the input and why; a multi-record input (JSONL, RSS) reports bad records in
 * {@link ReadResult#problems()} and keeps the good ones.
 */
public interface ArticleReader {
    /**
     * @param name    the input's name for messages (a path, "-" for stdin, a URL)
     * @param content the raw bytes, any of UTF-8 with or without BOM, CRLF or LF
     */
    ReadResult read(String name, byte[] content);
}
