package org.peacetalks.telegram;

import java.net.URI;
import java.util.Locale;
import org.telegram.telegrambots.meta.TelegramUrl;

/** The Bot API server as TelegramBots wants it, from {@code telegram.apiUrl} (TELEGRAM_API_URL). */
public final class TelegramEndpoint {
  private TelegramEndpoint() {}

  /**
   * @param apiUrl scheme, host and optional port, no path (checked by ConfigLoader), e.g. {@code
   *     https://api.telegram.org} or {@code http://127.0.0.1:8081}
   */
  public static TelegramUrl of(URI apiUrl) {
    String scheme = apiUrl.getScheme().toLowerCase(Locale.ROOT);
    if (apiUrl.getRawPath() != null
        && !apiUrl.getRawPath().isEmpty()
        && !apiUrl.getRawPath().equals("/")) {
      throw new IllegalArgumentException("the Bot API URL must not have a path: " + apiUrl);
    }
    int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : scheme.equals("https") ? 443 : 80;
    return new TelegramUrl(scheme, apiUrl.getHost(), port, false);
  }

  /**
   * Where to download a file from {@code getFile}: on the same server as the API (TelegramBots' own
   * download methods always use api.telegram.org). A self-hosted server in {@code --local} mode
   * returns absolute paths, which are used as they are.
   */
  public static String fileUrl(TelegramUrl url, String token, String filePath) {
    if (filePath.startsWith("/")) return filePath;
    return url.getSchema()
        + "://"
        + url.getHost()
        + ":"
        + url.getPort()
        + "/file/bot"
        + token
        + "/"
        + filePath;
  }
}
