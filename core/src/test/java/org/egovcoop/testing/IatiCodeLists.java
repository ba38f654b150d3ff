package org.egovcoop.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes of an IATI 2.03 code list that the tests ship ({@code iati-2.03/README.md} says where
 * they come from), to cross-check core's own ISO lists against a second, independent source.
 */
public final class IatiCodeLists {

  private static final Pattern ITEM = Pattern.compile("<codelist-item([^>]*)>\\s*<code>([^<]+)</code>");

  private IatiCodeLists() {}

  /**
   * {@return the codes of the list that IATI has not withdrawn}
   *
   * @param name the list's name, {@code Country} or {@code Currency}
   */
  public static Set<String> activeCodes(String name) {
    String resource = "/iati-2.03/" + name + ".xml";
    try (InputStream in = IatiCodeLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + resource);
      }
      Matcher item = ITEM.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Set<String> codes = new TreeSet<>();
      while (item.find()) {
        if (!item.group(1).contains("status=\"withdrawn\"")) {
          codes.add(item.group(2));
        }
      }
      return codes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
