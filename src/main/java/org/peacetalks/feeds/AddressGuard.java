package org.peacetalks.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.Dns;

/**
 * Keeps a feed from making the bot reach into the operator's own network: a host is resolved, every
 * address it has is checked, and the fetcher connects only to the addresses checked (this is its
 * {@link Dns}, so a name that resolves differently a second time gains nothing). Refused: loopback,
 * private (10/8, 172.16/12, 192.168/16, fc00::/7, 100.64/10), link-local (169.254/16, cloud
 * metadata included, fe80::/10), multicast and the any-address, also inside IPv4-mapped IPv6.
 * {@code allowPrivate} (BOT_FEEDS_ALLOW_PRIVATE) lifts this, for local tests only.
 */
final class AddressGuard implements Dns {
  /** A host whose addresses may not be fetched. */
  static final class RefusedAddressException extends UnknownHostException {
    private final transient FeedProblem problem;

    RefusedAddressException(String host) {
      this(FeedProblem.atHost(FeedProblem.Kind.PRIVATE_ADDRESS, host));
    }

    private RefusedAddressException(FeedProblem problem) {
      super(problem.toString());
      this.problem = problem;
    }

    FeedProblem problem() {
      return problem;
    }
  }

  private final boolean allowPrivate;

  AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  @Override
  public List<InetAddress> lookup(String host) throws UnknownHostException {
    List<InetAddress> all = List.of(InetAddress.getAllByName(host));
    if (allowPrivate) return all;
    for (InetAddress a : all) {
      if (refused(a)) throw new RefusedAddressException(host);
    }
    return all;
  }

  /**
   * Checks a host before a request: an IP literal never reaches {@link #lookup}, so it is checked
   * here.
   */
  void check(String host) throws UnknownHostException {
    lookup(
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host);
  }

  static boolean refused(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isSiteLocalAddress()
        || a.isLinkLocalAddress()
        || a.isMulticastAddress()
        || a.isAnyLocalAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
    }
    if (a instanceof Inet6Address) {
      if ((b[0] & 0xfe) == 0xfc) return true; // unique local fc00::/7
      boolean mapped = true; // ::ffff:a.b.c.d
      for (int i = 0; i < 10; i++) mapped &= b[i] == 0;
      if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
        try {
          return refused(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
        } catch (UnknownHostException e) {
          return true;
        }
      }
    }
    return false;
  }
}
