package org.egovcoop.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A code list that core ships as a resource beside the class that uses it, so that the codes the
 * model accepts are the same on every JDK: lines of tab-separated columns, after {@code #}
 * comment lines, one of which names the edition ({@code # edition: ISO 4217 Amendment 177}).
 * Internal: not exported.
 */
public final class CodeList {

  private static final String EDITION = "# edition: ";

  private final String edition;
  private final List<List<String>> rows;

  private CodeList(String edition, List<List<String>> rows) {
    this.edition = edition;
    this.rows = rows;
  }

  /**
   * Reads a code list.
   *
   * @param owner the class beside which the resource lies
   * @param resource the resource's name, relative to the owner's package
   * @param columns how many columns every row has
   * @return the list
   * @throws IllegalStateException naming the resource and the line if it is missing or malformed
   */
  public static CodeList read(Class<?> owner, String resource, int columns) {
    String name = owner.getPackageName().replace('.', '/') + "/" + resource;
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing code list " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String edition = null;
      List<List<String>> rows = new ArrayList<>();
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.startsWith(EDITION)) {
          edition = line.substring(EDITION.length()).strip();
        } else if (!line.startsWith("#")) {
          List<String> row = Arrays.asList(line.split("\t", -1));
          if (row.size() != columns || row.stream().anyMatch(String::isEmpty)) {
            throw new IllegalStateException(
                "Malformed code list " + name + ", line " + number + ": expected " + columns + " tab-separated codes");
          }
          rows.add(List.copyOf(row));
        }
      }
      if (edition == null || rows.isEmpty()) {
        throw new IllegalStateException("Malformed code list " + name + ": no '" + EDITION.strip() + "' line or no codes");
      }
      return new CodeList(edition, List.copyOf(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read code list " + name, e);
    }
  }

  /** {@return the edition the list names, such as {@code ISO 4217 Amendment 177, 232 codes}} */
  public String edition() {
    return edition;
  }

  /** {@return the rows, each a list of its columns, in the order of the file} */
  public List<List<String>> rows() {
    return rows;
  }
}
