package org.peacetalks.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {
  @Test
  void dropsTrackingParametersFragmentAndDefaultPort() {
    assertEquals(
        "https://news.example/a/story?id=7",
        CanonicalUrl.of(
            "HTTPS://News.Example:443/a/story?utm_source=rss&id=7&utm_medium=feed&fbclid=x#comments"));
    assertEquals("http://news.example/", CanonicalUrl.of("http://news.example"));
    assertEquals(
        "http://news.example:8080/p?b=2&a=1",
        CanonicalUrl.of("http://news.example:8080/p?b=2&a=1"));
  }

  @Test
  void theSameStoryRepostedIsOneAddress() {
    assertEquals(
        CanonicalUrl.of("https://n.example/story"),
        CanonicalUrl.of("https://n.example/story?utm_campaign=repost&utm_content=x"));
  }
}
