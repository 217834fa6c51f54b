package org.peacetalks.bench;

/**
 * One measurement that needs a part of the bot built elsewhere (the `run` start-up, the Telegram
 * path, semantic retrieval). The bench runs each probe after the lexical figures and the probe
 * fills its keys of the report; until its part exists, {@link #notYet} says why it cannot.
 */
@FunctionalInterface
public interface Probe {
  /** Takes the figures and puts them (or {@link BenchReport#notMeasured}) into the report. */
  void measure(BenchContext context, BenchReport report) throws Exception;

  /** A probe for a part that does not exist yet: its keys are null, with the reason. */
  static Probe notYet(String reason, String... keys) {
    return (context, report) -> report.notMeasured(reason, keys);
  }
}
