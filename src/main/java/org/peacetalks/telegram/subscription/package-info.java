/**
 * The daily digest in Telegram: /subscribe, /unsubscribe, /subscription, the admins' /digest and
 * /senddigest, the chat-admin check for groups, and sending a digest to a chat. Registered by
 * {@link org.peacetalks.telegram.subscription.SubscriptionFeature}; the digest itself is built by
 * {@code org.peacetalks.digest}.
 */
package org.peacetalks.telegram.subscription;
