/**
 * A Bot API server on 127.0.0.1 for the bench, the soak run and the end-to-end tests: the HTTP
 * plumbing ({@link org.peacetalks.bench.botapi.BotApiServer}) and one small route per Bot API
 * method or group (updates, messages, members, files, inline answers), with failures injected by
 * filters in front of them (scripted, random, outages, delays). It behaves like Telegram where it
 * matters to a bot: long-polled getUpdates, strict HTML and length checks, callback_data limits,
 * errors worded and coded as Telegram's.
 */
package org.peacetalks.bench.botapi;
