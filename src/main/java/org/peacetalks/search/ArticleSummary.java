package org.peacetalks.search;

/**
 * An indexed article as listed by /sources and the digest; nullable fields as in {@link Passage}.
 */
public record ArticleSummary(
    String id, String title, String source, String url, String published, int paragraphs) {}
