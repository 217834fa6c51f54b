package org.peacetalks.search;

/** Figures of what is indexed now. */
public record IndexStats(int articles, int paragraphs, long bytesOnDisk) {}
