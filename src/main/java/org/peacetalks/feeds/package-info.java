/**
 * News feeds: reading RSS and Atom feeds politely and safely ({@link
 * org.peacetalks.feeds.PoliteFetcher}, {@link org.peacetalks.feeds.SafeXml}), turning each new item
 * into an article with its outlet, link and date ({@link org.peacetalks.feeds.FeedPoller}), and
 * remembering feeds and items in the state database ({@link org.peacetalks.feeds.FeedStore}). See
 * {@code src/site/markdown/feeds.md}.
 */
package org.peacetalks.feeds;
