package org.peacetalks.cli;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Log events as JSON lines ({@code BOT_LOG_FORMAT=json}), for operators who ship logs: {@code
 * {"time","level","logger","thread","message"}}, plus {@code "error"} (the exception in one line)
 * and {@code "stack"} when there is an exception, and any MDC entries. Anything shaped like a Bot
 * API token is masked, as in the text format. Written with Jackson, which the bot has anyway,
 * rather than logback's JsonEncoder, whose output cannot mask.
 */
public final class JsonLineEncoder extends EncoderBase<ILoggingEvent> {
  /** Digits, a colon, 20+ token characters: what a Bot API token looks like. */
  static final Pattern TOKEN = Pattern.compile("\\d{3,20}:[A-Za-z0-9_-]{20,}");

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    ObjectNode line = JSON.createObjectNode();
    line.put("time", Instant.ofEpochMilli(event.getTimeStamp()).toString());
    line.put("level", event.getLevel().toString());
    line.put("logger", event.getLoggerName());
    line.put("thread", event.getThreadName());
    line.put("message", mask(event.getFormattedMessage()));
    IThrowableProxy error = event.getThrowableProxy();
    if (error != null) {
      line.put("error", mask(error.getClassName() + ": " + error.getMessage()));
      line.put("stack", mask(ThrowableProxyUtil.asString(error)));
    }
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc != null) mdc.forEach((k, v) -> line.put(k, mask(v)));
    try {
      byte[] json = JSON.writeValueAsBytes(line);
      byte[] out = new byte[json.length + NEWLINE.length];
      System.arraycopy(json, 0, out, 0, json.length);
      System.arraycopy(NEWLINE, 0, out, json.length, NEWLINE.length);
      return out;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  static String mask(String text) {
    return text == null ? null : TOKEN.matcher(text).replaceAll("[token]");
  }
}
