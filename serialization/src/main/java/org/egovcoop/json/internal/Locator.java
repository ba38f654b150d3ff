package org.egovcoop.json.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Finds the line and column of problems known only by pointer (a missing property, a broken
 * invariant, a validation rule), by scanning the document's tokens once more. A pointer that
 * names no token (a property that is absent) is located at its nearest ancestor that exists.
 * Runs only for documents that have such problems.
 */
final class Locator {
  private Locator() {}

  static void locate(JsonFactory factory, byte[] source, int offset, int length, List<Issue> issues) {
    Map<String, int[]> wanted = new HashMap<>();
    for (Issue issue : issues) {
      if (issue.relocate) {
        for (String p = issue.pointer; p != null; p = parent(p)) {
          wanted.putIfAbsent(p, null);
        }
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    int remaining = wanted.size();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), source, offset, length)) {
      JsonToken token;
      while (remaining > 0 && (token = p.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        String pointer = p.streamReadContext().pathAsPointer().toString();
        if (wanted.containsKey(pointer) && wanted.get(pointer) == null) {
          TokenStreamLocation at = p.currentTokenLocation();
          wanted.put(pointer, new int[] {at.getLineNr(), at.getColumnNr()});
          remaining--;
        }
      }
    } catch (JacksonException e) {
      // The document is broken further on (the reader reported why); keep what was found.
    }
    for (Issue issue : issues) {
      if (issue.relocate) {
        for (String p = issue.pointer; p != null; p = parent(p)) {
          int[] found = wanted.get(p);
          if (found != null) {
            issue.line = found[0];
            issue.column = found[1];
            break;
          }
        }
      }
    }
  }

  private static String parent(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    return pointer.substring(0, pointer.lastIndexOf('/'));
  }
}
