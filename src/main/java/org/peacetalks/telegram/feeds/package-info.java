/**
 * News feeds in Telegram (bot admins only): /feeds lists them with their health, /feed add and
 * /feed remove change them, an uploaded OPML file adds many, /feeds opml sends them back. The feeds
 * themselves are read by {@code org.peacetalks.feeds}.
 */
package org.peacetalks.telegram.feeds;
