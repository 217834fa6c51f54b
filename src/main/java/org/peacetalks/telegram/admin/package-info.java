/**
 * Bot admins' commands in the chat: /add (with the file download it needs), /remove, /reindex and
 * /stats. Registered by {@link org.peacetalks.telegram.admin.AdminFeature}; only bot admins
 * (numeric user ids from the configuration) may use them.
 */
package org.peacetalks.telegram.admin;
