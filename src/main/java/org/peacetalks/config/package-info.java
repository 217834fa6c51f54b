/**
 * Settings: {@code config/bot.yaml} read with Jackson, overridden by environment variables, checked
 * once at start-up so a bad value fails fast with the setting's name.
 */
package org.peacetalks.config;
