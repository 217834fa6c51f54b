package org.peacetalks.admin;

/** A rebuild was asked for while another one is running. */
public final class ReindexInProgressException extends Exception {
  public ReindexInProgressException() {
    super("a reindex is already running");
  }
}
