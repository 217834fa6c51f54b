package org.peacetalks.feeds;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The address an item is known by, so that the same story re-posted with campaign parameters, or
 * carried by two feeds, is one item: scheme and host in lower case, the default port and the
 * fragment dropped, and tracking parameters ({@code utm_*}, click ids, share markers) removed; the
 * other parameters keep their order (some sites need them to find the story).
 */
public final class CanonicalUrl {
  private static final Set<String> TRACKING =
      Set.of(
          "fbclid",
          "gclid",
          "dclid",
          "msclkid",
          "yclid",
          "mc_cid",
          "mc_eid",
          "_ga",
          "igshid",
          "ocid",
          "cmpid",
          "ref",
          "ref_src",
          "smid",
          "smtyp",
          "at_medium",
          "at_campaign");

  private CanonicalUrl() {}

  /** The canonical form of an http(s) URL; the input, trimmed, when it cannot be parsed. */
  public static String of(String url) {
    try {
      URI u = new URI(url.strip());
      String scheme = u.getScheme() == null ? "http" : u.getScheme().toLowerCase(Locale.ROOT);
      String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
      int port = u.getPort();
      if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443))
        port = -1;
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      String query = query(u.getRawQuery());
      return scheme
          + "://"
          + host
          + (port == -1 ? "" : ":" + port)
          + path
          + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) return "";
    List<String> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) continue;
      String name =
          (pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair)
              .toLowerCase(Locale.ROOT);
      if (name.startsWith("utm_") || TRACKING.contains(name)) continue;
      kept.add(pair);
    }
    return String.join("&", kept);
  }
}
