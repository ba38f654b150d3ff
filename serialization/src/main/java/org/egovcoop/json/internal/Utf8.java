package org.egovcoop.json.internal;

/**
 * The one encoding of the format: UTF-8 (RFC 8259, section 8.1). The parser would detect UTF-16
 * and UTF-32 and read them; the format refuses them, by their byte order mark or by the zero bytes
 * that ASCII characters have in them (a JSON text starts with an ASCII character, and UTF-8 JSON
 * has no zero byte outside a string). A UTF-8 byte order mark at the start may be ignored.
 */
final class Utf8 {
  private Utf8() {}

  /**
   * The encoding other than UTF-8 a document's first bytes show, if any.
   *
   * @param b the document's bytes
   * @param offset where it starts
   * @param length its length
   * @return the name of the encoding the document is in if it is another than UTF-8, such as
   *     "UTF-16LE"; null if it may be UTF-8 (the parser checks the rest)
   */
  static String otherEncoding(byte[] b, int offset, int length) {
    int i = offset;
    int end = offset + length;
    if (length >= 3 && (b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBB && (b[i + 2] & 0xFF) == 0xBF) {
      return null;
    }
    if (length < 2) {
      return null;
    }
    int b0 = b[i] & 0xFF;
    int b1 = b[i + 1] & 0xFF;
    int b2 = i + 2 < end ? b[i + 2] & 0xFF : -1;
    int b3 = i + 3 < end ? b[i + 3] & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      return "UTF-32BE (with a byte order mark)";
    }
    if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      return "UTF-32LE (with a byte order mark)";
    }
    if (b0 == 0xFE && b1 == 0xFF && b2 == 0 && b3 == 0) {
      return "UCS-4 of byte order 3412 (with a byte order mark)";
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      return "UTF-16BE (with a byte order mark)";
    }
    if (b0 == 0xFF && b1 == 0xFE) {
      return "UTF-16LE (with a byte order mark)";
    }
    if (b0 == 0 && b1 == 0 && b2 == 0xFF && b3 == 0xFE) {
      return "UCS-4 of byte order 2143 (with a byte order mark)";
    }
    if (length >= 4) {
      if (b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
        return "UTF-32BE";
      }
      if (b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
        return "UTF-32LE";
      }
      if (b0 == 0 && b1 == 0 && b2 != 0 && b3 == 0) {
        return "UCS-4 of byte order 2143";
      }
      if (b0 == 0 && b1 != 0 && b2 == 0 && b3 == 0) {
        return "UCS-4 of byte order 3412";
      }
    }
    if (b0 == 0 && b1 != 0) {
      return "UTF-16BE";
    }
    if (b0 != 0 && b1 == 0) {
      return "UTF-16LE";
    }
    if (b0 == 0 && b1 == 0) {
      return "an encoding with zero bytes (UTF-16 or UTF-32)";
    }
    return null;
  }
}
