package org.peacetalks.bench.botapi;

/**
 * Stands in front of every route: answers a call itself (a failure, an outage), passes it on
 * ({@code next.answer(request)}), or changes or watches what comes back.
 */
@FunctionalInterface
public interface Filter {
  ApiReply answer(ApiRequest request, Route next) throws InterruptedException;
}
