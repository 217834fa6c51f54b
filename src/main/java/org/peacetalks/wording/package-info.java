/**
 * The bot's words for people, in English, Ukrainian and Russian: {@link
 * org.peacetalks.wording.Texts} reads the message bundles and formats them with ICU4J (plurals,
 * dates); {@link org.peacetalks.wording.NoAnswerText} words the engine's typed reasons for an
 * answer without passages. Shared by the command line, the digest and Telegram.
 */
package org.peacetalks.wording;
