/** Retrieval quality: question files with known answers, and the metrics the {@code eval} command prints. */
package org.peacetalks.eval;
