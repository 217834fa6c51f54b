package org.peacetalks.bench.botapi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

class MultipartFormTest {
  /** The body as OkHttp (and so the client library) writes it. */
  private static MultipartForm roundTrip(MultipartBody body) throws Exception {
    Buffer out = new Buffer();
    body.writeTo(out);
    return MultipartForm.parse(body.contentType().toString(), out.readByteArray());
  }

  @Test
  void readsTextFieldsAndFilesAsTheClientWritesThem() throws Exception {
    byte[] opml =
        "<opml version=\"2.0\"><body/></opml>\r\n--not-a-boundary\r\n"
            .getBytes(StandardCharsets.UTF_8);
    MultipartForm form =
        roundTrip(
            new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("chat_id", "-1001234")
                .addFormDataPart("caption", "Новини; \"feeds\" = 2")
                .addFormDataPart(
                    "document",
                    "peacetalks-feeds.opml",
                    RequestBody.create(opml, MediaType.get("application/octet-stream")))
                .build());
    assertEquals(Map.of("chat_id", "-1001234", "caption", "Новини; \"feeds\" = 2"), form.fields());
    assertEquals(1, form.files().size());
    Upload file = form.files().get(0);
    assertEquals("document", file.field());
    assertEquals("peacetalks-feeds.opml", file.fileName());
    assertEquals("application/octet-stream", file.contentType());
    assertArrayEquals(opml, file.bytes(), "bytes that look like a boundary line stay in the file");
  }

  @Test
  void anEmptyFileIsAFileOfNoBytes() throws Exception {
    MultipartForm form =
        roundTrip(
            new MultipartBody.Builder()
                .setType(MultipartBody.FORM)
                .addFormDataPart("document", "empty.txt", RequestBody.create(new byte[0], null))
                .build());
    assertEquals(0, form.files().get(0).size());
    assertNull(form.files().get(0).contentType());
    assertTrue(form.fields().isEmpty());
  }

  @Test
  void semicolonsAndEscapedQuotesInsideQuotesBelongToTheValue() {
    Map<String, String> p =
        MultipartForm.dispositionParameters(
            "form-data; NAME=\"document\"; filename=\"a;b \\\"c\\\".opml\"; size=12");
    assertEquals("document", p.get("name"));
    assertEquals("a;b \"c\".opml", p.get("filename"));
    assertEquals("12", p.get("size"));
    assertFalse(MultipartForm.dispositionParameters("form-data").containsKey("name"));
  }

  @Test
  void aBodyCutShortOrWithoutABoundaryIsMalformed() {
    byte[] cut =
        ("--b1\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThrows(
        MultipartForm.MalformedException.class,
        () -> MultipartForm.parse("multipart/form-data; boundary=b1", cut));
    assertThrows(
        MultipartForm.MalformedException.class,
        () -> MultipartForm.parse("multipart/form-data", cut));
    byte[] nameless =
        ("--b1\r\nContent-Disposition: form-data\r\n\r\n42\r\n--b1--\r\n")
            .getBytes(StandardCharsets.UTF_8);
    assertThrows(
        MultipartForm.MalformedException.class,
        () -> MultipartForm.parse("multipart/form-data; boundary=b1", nameless));
  }

  @Test
  void onlyFormDataIsMultipart() {
    assertTrue(MultipartForm.isMultipart("Multipart/Form-Data; boundary=x"));
    assertFalse(MultipartForm.isMultipart("application/json; charset=utf-8"));
    assertFalse(MultipartForm.isMultipart(null));
  }
}
