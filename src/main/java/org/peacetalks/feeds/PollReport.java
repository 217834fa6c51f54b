package org.peacetalks.feeds;

/**
 * What one round of polling did.
 *
 * @param feeds feeds fetched (waiting ones aside)
 * @param failed of those, feeds whose fetch or parse failed
 * @param taken items indexed
 * @param skipped items judged off topic
 * @param seen items already known (by address or text), or empty
 */
public record PollReport(int feeds, int failed, int taken, int skipped, int seen) {
  static final PollReport NONE = new PollReport(0, 0, 0, 0, 0);

  PollReport plus(PollReport o) {
    return new PollReport(
        feeds + o.feeds, failed + o.failed, taken + o.taken, skipped + o.skipped, seen + o.seen);
  }
}
