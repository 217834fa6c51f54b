package org.peacetalks.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntPredicate;

/**
 * Times an answerer over a list of questions: warm-up passes, a single-thread latency pass (wall
 * clock and the thread's CPU time), and throughput on several threads. The answerer's results are
 * summed into {@link #checksum()} so the JIT cannot drop the work.
 */
public final class AnswerTimer {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Something that answers a question; returns how many passages it found. */
  @FunctionalInterface
  public interface Answerer {
    int answer(String question) throws IOException;
  }

  private final Answerer answerer;
  private final List<String> questions;
  private long checksum;
  private int empty;
  private long[] lastPass = new long[0];
  private long[] lastPassCpu = new long[0];

  public AnswerTimer(Answerer answerer, List<String> questions) {
    if (questions.isEmpty()) throw new IllegalArgumentException("no questions");
    this.answerer = answerer;
    this.questions = List.copyOf(questions);
  }

  /** Answers every question {@code rounds} times, untimed, so the JIT and caches settle. */
  public void warmUp(int rounds) throws IOException {
    for (int r = 0; r < rounds; r++) {
      for (String q : questions) checksum += answerer.answer(q);
    }
  }

  /** One timed pass over the questions on this thread. */
  public LatencySample latency() throws IOException {
    startPass();
    for (int i = 0; i < questions.size(); i++) timeOne(i);
    return lastPass(i -> true);
  }

  /**
   * One timed pass in which two timers take turns on each question (who goes first alternates), so
   * that load from elsewhere on the machine falls on both alike. Read the results with {@link
   * #lastPass}.
   */
  public static void latencyInterleaved(AnswerTimer a, AnswerTimer b) throws IOException {
    if (!a.questions.equals(b.questions))
      throw new IllegalArgumentException("the timers ask different questions");
    a.startPass();
    b.startPass();
    for (int i = 0; i < a.questions.size(); i++) {
      AnswerTimer first = i % 2 == 0 ? a : b;
      first.timeOne(i);
      (first == a ? b : a).timeOne(i);
    }
  }

  private void startPass() {
    lastPass = new long[questions.size()];
    lastPassCpu = new long[questions.size()];
    empty = 0;
  }

  private void timeOne(int i) throws IOException {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    int found = answerer.answer(questions.get(i));
    lastPass[i] = System.nanoTime() - start;
    lastPassCpu[i] = Math.max(0, THREADS.getCurrentThreadCpuTime() - cpuStart);
    checksum += found;
    if (found == 0) empty++;
  }

  /** The durations of the last timed pass for the questions {@code which} accepts (by index). */
  public LatencySample lastPass(IntPredicate which) {
    return sample(lastPass, which);
  }

  /**
   * The CPU time the answering thread spent on each question of the last timed pass. Unlike
   * wall-clock time it leaves out the time other processes had the core, so it stays comparable on
   * a busy machine; it also leaves out waiting for I/O.
   */
  public LatencySample lastPassCpu(IntPredicate which) {
    return sample(lastPassCpu, which);
  }

  private static LatencySample sample(long[] durations, IntPredicate which) {
    LatencySample sample = new LatencySample(durations.length);
    for (int i = 0; i < durations.length; i++) if (which.test(i)) sample.add(durations[i]);
    return sample;
  }

  /** Questions of the last timed pass that got no passage. */
  public int emptyAnswers() {
    return empty;
  }

  /**
   * Answers/s with {@code threads} threads each answering every question once, each starting at a
   * different point of the list so they do not ask the same question at the same moment.
   */
  public double throughput(int threads) throws IOException, InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Long>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * questions.size() / threads;
        work.add(
            () -> {
              long sum = 0;
              for (int i = 0; i < questions.size(); i++) {
                sum += answerer.answer(questions.get((offset + i) % questions.size()));
              }
              return sum;
            });
      }
      long start = System.nanoTime();
      List<Future<Long>> done = pool.invokeAll(work);
      long took = System.nanoTime() - start;
      for (Future<Long> f : done) checksum += f.get();
      return (double) threads * questions.size() / (took / 1e9);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof RuntimeException re) throw re;
      throw new IllegalStateException("answering failed", cause);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Sum of all passages found; printed nowhere, but keeps the work observable. */
  public long checksum() {
    return checksum;
  }
}
