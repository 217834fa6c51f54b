/** The command line: {@link org.peacetalks.cli.Main} and one class per command; the only wiring. */
package org.peacetalks.cli;
