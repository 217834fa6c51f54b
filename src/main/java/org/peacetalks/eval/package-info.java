/**
 * Quality measures the {@code eval} command prints: retrieval on question files with known answers,
 * and main-text extraction on saved pages.
 */
package org.peacetalks.eval;
