/**
 * Answering questions in Telegram: the answerer and its flood control, the HTML layout of an
 * answer, its buttons (More, Back, Context, 👍/👎) and their stored state, callbacks, inline mode,
 * /ask and /sources.
 */
package org.peacetalks.telegram.answer;
