/**
 * The Telegram bot: long polling, routing, one class per command, HTML answers with buttons, inline
 * mode, and delivery that survives Telegram's errors and limits. The only package that imports
 * {@code org.telegram.*}; it renders the records of {@code search} and never touches Lucene.
 *
 * <p>Front door: {@link org.peacetalks.telegram.TalksBot}.
 */
package org.peacetalks.telegram;
