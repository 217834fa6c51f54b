package org.peacetalks.cli;

import java.lang.reflect.Proxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIGTERM and SIGINT as a request to stop rather than an abrupt exit: the JVM's own handling runs
 * shutdown hooks and then exits with 143, while an orderly stop should end with 0. Uses {@code
 * sun.misc.Signal} (module jdk.unsupported), falling back to shutdown hooks where it is missing.
 * Reached by reflection: the API is unsupported, so a JVM without it is an expected case, and a
 * compile-time reference would be a warning the build treats as an error.
 */
final class StopSignals {
  private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

  private StopSignals() {}

  static void onStop(Runnable stop) {
    Class<?> signalType;
    Class<?> handlerType;
    try {
      signalType = Class.forName("sun.misc.Signal");
      handlerType = Class.forName("sun.misc.SignalHandler");
    } catch (ClassNotFoundException | LinkageError e) {
      log.debug("No sun.misc.Signal: stopping by shutdown hooks only ({})", e.toString());
      return;
    }
    // SignalHandler has one method, handle(Signal); every call of the proxy is that one.
    Object handler =
        Proxy.newProxyInstance(
            StopSignals.class.getClassLoader(),
            new Class<?>[] {handlerType},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class)
                return objectMethod(proxy, method.getName(), args);
              stop.run();
              return null;
            });
    for (String name : new String[] {"TERM", "INT"}) {
      try {
        Object signal = signalType.getConstructor(String.class).newInstance(name);
        signalType.getMethod("handle", signalType, handlerType).invoke(null, signal, handler);
      } catch (ReflectiveOperationException | IllegalArgumentException | LinkageError e) {
        log.debug("Cannot handle SIG{}: {}", name, e.toString());
      }
    }
  }

  /** equals, hashCode and toString of the proxy, should the JDK call them. */
  private static Object objectMethod(Object proxy, String name, Object[] args) {
    return switch (name) {
      case "equals" -> proxy == args[0];
      case "hashCode" -> System.identityHashCode(proxy);
      default -> "StopSignals.handler";
    };
  }
}
