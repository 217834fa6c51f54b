package org.peacetalks.config;

/** A setting that is missing or malformed; the message names the setting and where it came from. */
public final class ConfigException extends Exception {
  public ConfigException(String message) {
    super(message);
  }
}
