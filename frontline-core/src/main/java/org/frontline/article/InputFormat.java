package org.frontline.article;

/** How an input's bytes are read; AUTO looks at the name and the first bytes. */
public enum InputFormat { AUTO, SEED, TEXT, HTML, JSONL, RSS }
