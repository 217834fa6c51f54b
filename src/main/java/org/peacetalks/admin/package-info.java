/**
 * Operator work: rebuilding the index from the articles folder, adding and removing articles, and
 * who may do it.
 */
package org.peacetalks.admin;
