/** Files that must survive a crash: replaced whole, durably, or not at all. */
package org.peacetalks.storage;
