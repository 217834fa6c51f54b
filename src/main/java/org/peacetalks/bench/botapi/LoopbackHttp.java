package org.peacetalks.bench.botapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/** The JDK's HTTP server on a free loopback port, set up to answer without Nagle's delay. */
public final class LoopbackHttp {
  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, the client's
    // delayed ACK then holds every reply ~40 ms, which would be measured as the client's time.
    // Read once, when the JDK's server classes load: set before the first server is made.
    if (System.getProperty("sun.net.httpserver.nodelay") == null)
      System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private LoopbackHttp() {}

  /** A server bound to 127.0.0.1 on a free port, not started. */
  public static HttpServer create(int backlog) throws IOException {
    return HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), backlog);
  }
}
