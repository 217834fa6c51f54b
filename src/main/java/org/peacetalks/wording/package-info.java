/**
 * The words the bot uses for readers where the engine returns a typed result (why an answer has
 * no passages), shared by the command line and Telegram.
 */
package org.peacetalks.wording;
