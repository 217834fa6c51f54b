package org.peacetalks.bench.botapi;

/** Answers the calls of one Bot API method or group of methods. */
@FunctionalInterface
public interface Route {
  ApiReply answer(ApiRequest request) throws InterruptedException;
}
