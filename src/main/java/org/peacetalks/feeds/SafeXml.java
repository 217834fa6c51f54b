package org.peacetalks.feeds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * Reads XML that strangers wrote (feeds, OPML files) without letting it reach anything: a document
 * that declares a DOCTYPE is refused outright, so no external entity is resolved (XXE: a feed
 * naming {@code file:///etc/passwd}) and no entity multiplies itself ("billion laughs"); no
 * external DTD or schema is loaded, no XInclude processed. Feeds in the wild almost never carry a
 * DOCTYPE (only old Netscape RSS 0.91 ones did), so refusing them costs next to nothing.
 * Thread-safe: a new builder per document.
 */
final class SafeXml {
  private static final DocumentBuilderFactory FACTORY = factory();

  private SafeXml() {}

  /** Refused XML: malformed, or declaring a DOCTYPE. */
  static final class UnsafeOrBrokenXmlException extends IOException {
    private final transient FeedProblem problem;

    UnsafeOrBrokenXmlException(FeedProblem problem) {
      super(problem.toString());
      this.problem = problem;
    }

    FeedProblem problem() {
      return problem;
    }
  }

  static Document parse(byte[] xml) throws UnsafeOrBrokenXmlException {
    try {
      DocumentBuilder builder;
      synchronized (FACTORY) {
        builder = FACTORY.newDocumentBuilder();
      }
      // Belt and braces: nothing external is ever read even if a feature were ignored.
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("external entity refused");
          });
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler()); // no "[Fatal Error]" lines on stderr
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      String m = e.getMessage() == null ? "" : e.getMessage();
      if (m.contains("DOCTYPE") || m.contains("external entity")) {
        throw new UnsafeOrBrokenXmlException(FeedProblem.of(FeedProblem.Kind.DOCTYPE));
      }
      throw new UnsafeOrBrokenXmlException(
          FeedProblem.withDetail(FeedProblem.Kind.NOT_WELL_FORMED, firstLine(m)));
    } catch (ParserConfigurationException | IOException e) {
      throw new UnsafeOrBrokenXmlException(
          FeedProblem.withDetail(
              FeedProblem.Kind.UNREADABLE_XML, firstLine(String.valueOf(e.getMessage()))));
    }
  }

  private static String firstLine(String m) {
    String line = m.lines().findFirst().orElse("").strip();
    return line.length() > 120 ? line.substring(0, 120) + "…" : line;
  }

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setXIncludeAware(false);
    f.setExpandEntityReferences(false);
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("this JVM's XML parser cannot be made safe for feeds", e);
    }
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }
}
