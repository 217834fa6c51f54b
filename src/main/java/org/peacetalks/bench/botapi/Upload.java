package org.peacetalks.bench.botapi;

/**
 * A file sent to the Bot API in a multipart/form-data request (sendDocument and the like): the form
 * field it came in, the file name the client gave, its content type (null when none was sent) and
 * its bytes (copied in and out, so a recorded upload cannot change).
 */
public record Upload(String field, String fileName, String contentType, byte[] bytes) {
  public Upload {
    if (field == null) throw new NullPointerException("field == null");
    if (bytes == null) throw new NullPointerException("bytes == null");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Upload u
        && field.equals(u.field)
        && java.util.Objects.equals(fileName, u.fileName)
        && java.util.Objects.equals(contentType, u.contentType)
        && java.util.Arrays.equals(bytes, u.bytes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(field, fileName, contentType, java.util.Arrays.hashCode(bytes));
  }

  @Override
  public String toString() {
    return "Upload["
        + field
        + ", "
        + fileName
        + ", "
        + contentType
        + ", "
        + bytes.length
        + " bytes]";
  }
}
