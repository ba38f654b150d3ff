package org.egovcoop.json.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that remembers where each token of one value began, for a value read from someone
 * else's parser (a Jackson deserializer's), whose document this library never sees whole. It lets
 * the problems found after the value is read (a missing property, a broken invariant, a
 * validation rule) be placed at the token they concern, as {@link Locator} does by reading a
 * whole document again, and columns be counted in characters, as {@link Columns} does from a
 * document's bytes.
 *
 * <p>Columns. The parser counts a column in bytes (byte input) or in UTF-16 units (text input);
 * a column here counts Unicode code points. The two differ only after a string, on the same line,
 * holding characters written as themselves: outside strings JSON is ASCII. Each string value's
 * length in the input is measured (from its first token position to the parser's position after
 * its closing quote) and compared with the two spellings a writer uses: every character as itself
 * (then the difference is what its characters' encodings add), or every non-ASCII character
 * escaped (then there is none). A string that mixes both (rare: no writer does) is taken as if its
 * characters were written as themselves. Property names are taken as written as themselves. A
 * string before the value's first token on the same line (the value is a property of an
 * application's object, on one line with others) is not seen: the value's columns are then those
 * of the parser. A value that is a document or a line of its own is located exactly.
 *
 * <p>Cost: nine bytes per token, a reference per property name, and one scan of each string's
 * characters, for reads through Jackson's databind only; {@link org.egovcoop.json.EgovJson} reads
 * documents whole and never uses this.
 */
public final class RecordingParser extends JsonParserDelegate {
  private static final byte NAME = 1;
  private static final byte START_OBJECT = 2;
  private static final byte START_ARRAY = 3;
  private static final byte END = 4;
  private static final byte SCALAR = 5;

  private final boolean countsBytes;
  private byte[] types = new byte[64];
  private long[] places = new long[64];
  private int count;
  private String[] names = new String[16];
  private int nameCount;
  // Strings whose characters add to the parser's column: line, column of their start, and how much.
  private long[] widened = new long[8];
  private int[] widening = new int[8];
  private int widenedCount;
  private boolean unmeasuredString;

  /**
   * Wraps a parser on a value's first token, which is recorded at once.
   *
   * @param parser the parser, on the value's first token
   */
  public RecordingParser(JsonParser parser) {
    super(parser);
    TokenStreamLocation at = parser.currentTokenLocation();
    countsBytes = at.getByteOffset() >= 0 || at.getCharOffset() < 0;
    record(parser.currentToken());
  }

  @Override
  public JsonToken nextToken() {
    if (unmeasuredString) {
      measureString();
    }
    JsonToken token = delegate.nextToken();
    if (token != null) {
      record(token);
    }
    return token;
  }

  @Override
  public JsonToken nextValue() {
    JsonToken token = nextToken();
    return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
  }

  @Override
  public String nextName() {
    return nextToken() == JsonToken.PROPERTY_NAME ? delegate.currentName() : null;
  }

  @Override
  public boolean nextName(SerializableString name) {
    return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(delegate.currentName());
  }

  @Override
  public int nextNameMatch(tools.jackson.core.sym.PropertyNameMatcher matcher) {
    // Every token must pass through nextToken to be recorded; the matcher's fast path would not.
    JsonToken token = nextToken();
    if (token == JsonToken.PROPERTY_NAME) {
      return matcher.matchName(delegate.currentName());
    }
    return token == JsonToken.END_OBJECT ? tools.jackson.core.sym.PropertyNameMatcher.MATCH_END_OBJECT
        : tools.jackson.core.sym.PropertyNameMatcher.MATCH_ODD_TOKEN;
  }

  @Override
  public JsonParser skipChildren() {
    JsonToken token = delegate.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return this;
    }
    int depth = 1;
    while (depth > 0) {
      token = nextToken();
      if (token == null) {
        return this;
      }
      if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
        depth++;
      } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
        depth--;
      }
    }
    return this;
  }

  private void record(JsonToken token) {
    if (count == types.length) {
      types = Arrays.copyOf(types, count * 2);
      places = Arrays.copyOf(places, count * 2);
    }
    TokenStreamLocation at = delegate.currentTokenLocation();
    places[count] = place(at.getLineNr(), at.getColumnNr());
    switch (token) {
      case PROPERTY_NAME -> {
        types[count] = NAME;
        String name = delegate.currentName();
        if (nameCount == names.length) {
          names = Arrays.copyOf(names, nameCount * 2);
        }
        names[nameCount++] = name;
        widenBy(at, asWritten(name));
      }
      case START_OBJECT -> types[count] = START_OBJECT;
      case START_ARRAY -> types[count] = START_ARRAY;
      case END_OBJECT, END_ARRAY -> types[count] = END;
      default -> {
        types[count] = SCALAR;
        unmeasuredString = token == JsonToken.VALUE_STRING;
      }
    }
    count++;
  }

  /** Measures the string under the parser, which finishes reading it. */
  private void measureString() {
    unmeasuredString = false;
    char[] chars = delegate.getStringCharacters();
    int offset = delegate.getStringOffset();
    int length = delegate.getStringLength();
    int asItself = 0;
    int escaped = 0;
    boolean wide = false;
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c < 0x80) {
        int written = c == '"' || c == '\\' ? 2 : c < 0x20 ? (c == '\b' || c == '\f' || c == '\n' || c == '\r'
            || c == '\t' ? 2 : 6) : 1;
        asItself += written;
        escaped += written;
      } else {
        wide = true;
        asItself += countsBytes ? (c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3) : 1;
        escaped += 6;
      }
    }
    if (!wide) {
      return;
    }
    TokenStreamLocation start = delegate.currentTokenLocation();
    TokenStreamLocation end = delegate.currentLocation();
    int written = end.getLineNr() == start.getLineNr() ? end.getColumnNr() - start.getColumnNr() - 2 : -1;
    if (written == escaped && written != asItself) {
      return; // every non-ASCII character escaped: the column counts characters already
    }
    widenBy(start, widening(chars, offset, length));
  }

  private int asWritten(String name) {
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) >= 0x80) {
        char[] chars = name.toCharArray();
        return widening(chars, 0, chars.length);
      }
    }
    return 0;
  }

  /** {@return how much the parser's column exceeds the code points for these characters written as themselves} */
  private int widening(char[] chars, int offset, int length) {
    int extra = 0;
    for (int i = offset; i < offset + length; i++) {
      char c = chars[i];
      if (c >= 0x80) {
        if (Character.isHighSurrogate(c)) {
          extra += countsBytes ? 3 : 1; // four bytes, or two UTF-16 units, for one code point
        } else if (!Character.isLowSurrogate(c) && countsBytes) {
          extra += c < 0x800 ? 1 : 2;
        }
      }
    }
    return extra;
  }

  private void widenBy(TokenStreamLocation at, int extra) {
    if (extra == 0) {
      return;
    }
    if (widenedCount == widened.length) {
      widened = Arrays.copyOf(widened, widenedCount * 2);
      widening = Arrays.copyOf(widening, widenedCount * 2);
    }
    widened[widenedCount] = place(at.getLineNr(), at.getColumnNr());
    widening[widenedCount++] = extra;
  }

  private static long place(int line, int column) {
    return (long) line << 32 | (column & 0xffffffffL);
  }

  // ---- after reading ----

  /**
   * Places the problems known only by pointer at the first token of what they concern (or of its
   * nearest ancestor in the value), as {@link Locator} does for a whole document.
   *
   * @param issues the problems
   * @param base the pointer of the value's first token in its document
   */
  void locate(List<Issue> issues, String base) {
    Map<String, long[]> wanted = new HashMap<>();
    for (Issue issue : issues) {
      if (issue.relocate && issue.pointer.startsWith(base)) {
        for (String p = issue.pointer; p != null && p.length() >= base.length(); p = parent(p)) {
          wanted.putIfAbsent(p, null);
        }
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    int remaining = wanted.size();
    // The path of the value being read: one segment per open container, and the slot inside it.
    StringBuilder path = new StringBuilder(base);
    int[] lengths = new int[16];
    boolean[] inObject = new boolean[16];
    int[] index = new int[16];
    int depth = 0;
    int name = 0;
    for (int i = 0; i < count && remaining > 0; i++) {
      byte type = types[i];
      if (type == NAME) {
        path.setLength(lengths[depth - 1]);
        path.append('/');
        appendEscaped(path, names[name++]);
        continue;
      }
      if (type == END) {
        depth--;
        if (depth > 0) {
          path.setLength(lengths[depth - 1]);
        }
        continue;
      }
      if (depth > 0 && !inObject[depth - 1]) {
        path.setLength(lengths[depth - 1]);
        path.append('/').append(index[depth - 1]++);
      }
      String pointer = path.toString();
      if (wanted.containsKey(pointer) && wanted.get(pointer) == null) {
        wanted.put(pointer, new long[] {places[i]});
        remaining--;
      }
      if (type == START_OBJECT || type == START_ARRAY) {
        if (depth == lengths.length) {
          lengths = Arrays.copyOf(lengths, depth * 2);
          inObject = Arrays.copyOf(inObject, depth * 2);
          index = Arrays.copyOf(index, depth * 2);
        }
        lengths[depth] = path.length();
        inObject[depth] = type == START_OBJECT;
        index[depth] = 0;
        depth++;
      }
    }
    for (Issue issue : issues) {
      if (issue.relocate && issue.pointer.startsWith(base)) {
        for (String p = issue.pointer; p != null && p.length() >= base.length(); p = parent(p)) {
          long[] found = wanted.get(p);
          if (found != null) {
            issue.line = (int) (found[0] >>> 32);
            issue.column = (int) found[0];
            break;
          }
        }
      }
    }
  }

  /**
   * Converts the parser's columns of the problems into columns in code points.
   *
   * @param issues the problems, with the parser's lines and columns
   */
  void toCharacters(List<Issue> issues) {
    if (widenedCount == 0) {
      return;
    }
    List<Issue> located = new ArrayList<>(issues.size());
    for (Issue issue : issues) {
      if (issue.line >= 1 && issue.column >= 1) {
        located.add(issue);
      }
    }
    located.sort(Comparator.<Issue>comparingInt(i -> i.line).thenComparingInt(i -> i.column));
    int next = 0;
    int line = -1;
    int extra = 0;
    for (Issue issue : located) {
      if (issue.line != line) {
        line = issue.line;
        extra = 0;
        while (next < widenedCount && (int) (widened[next] >>> 32) < line) {
          next++;
        }
      }
      while (next < widenedCount && (int) (widened[next] >>> 32) == line && (int) widened[next] < issue.column) {
        extra += widening[next++];
      }
      issue.column -= extra;
    }
  }

  private static void appendEscaped(StringBuilder path, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        path.append("~0");
      } else if (c == '/') {
        path.append("~1");
      } else {
        path.append(c);
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
