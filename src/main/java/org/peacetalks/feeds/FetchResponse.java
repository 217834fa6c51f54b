package org.peacetalks.feeds;

/**
 * What a fetch brought back.
 *
 * @param notModified the server said 304: nothing changed since the validators sent
 * @param body the body (empty when not modified), never more than the fetcher's cap
 * @param etag the ETag, or null
 * @param lastModified the Last-Modified header, or null
 * @param finalUrl the address after redirects
 */
public record FetchResponse(
    boolean notModified, byte[] body, String etag, String lastModified, String finalUrl) {
  public FetchResponse {
    body = body == null ? new byte[0] : body;
  }
}
