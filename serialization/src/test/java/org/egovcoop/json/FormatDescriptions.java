package org.egovcoop.json;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.egovcoop.json.internal.PropertyDescription;
import org.egovcoop.json.internal.Shape;
import tools.jackson.databind.JsonNode;

/**
 * The three descriptions of the format, read into one form and compared: the codec tables (as
 * {@link org.egovcoop.json.internal.FormatDescription} gives them), the hand-written JSON Schemas,
 * and the property tables of {@code docs/json-format.md}. Each is a map from a type's definition
 * name to its properties; {@link #compare} lists every difference in words.
 */
final class FormatDescriptions {
  private FormatDescriptions() {}

  /** The heading of the document's section of property tables. */
  static final String TYPES_SECTION = "## Types, property by property";
  private static final String ENUM_SECTION = "### Enum codes";
  private static final String DEFS = "#/$defs/";
  private static final Pattern HEADING = Pattern.compile("^### `(\\w+)`");
  private static final Pattern LINK = Pattern.compile("\\[`(\\w+)`]\\(#([\\w-]+)\\)");
  private static final Pattern ENUM_CODE = Pattern.compile("`(\\w+)` code");
  private static final Pattern CONSTANT = Pattern.compile("`\"([^\"`]*)\"`");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final List<String> COLUMNS = List.of("property", "value", "required", "notes");

  /** The words of the document's value column, each for one shape. */
  private static final Map<String, Shape> WORDS = Map.ofEntries(
      Map.entry("id", Shape.ref("id")),
      Map.entry("text", Shape.ref("localizedText")),
      Map.entry("country code", Shape.ref("countryCode")),
      Map.entry("date", Shape.ref("partialDate")),
      Map.entry("date range", Shape.ref("partialDateRange")),
      Map.entry("period", Shape.ref("period")),
      Map.entry("decimal", Shape.ref("decimal")),
      Map.entry("integer", Shape.integer()),
      Map.entry("URI", Shape.string()),
      Map.entry("string", Shape.string()));

  /** The plurals the document uses after {@code set of}. */
  private static final Map<String, String> SINGULAR = Map.of("ids", "id", "country codes", "country code",
      "integers", "integer");

  // ---- the JSON Schemas ----

  /**
   * {@return the object types of a schema: its root under {@code root}, and every definition with
   *     properties under its name}
   *
   * @param schema a JSON Schema of the format
   * @param root the definition name of the schema's root
   * @throws IllegalArgumentException if a property's schema is not one the format uses
   */
  static Map<String, List<PropertyDescription>> schemaTypes(JsonNode schema, String root) {
    Map<String, List<PropertyDescription>> types = new LinkedHashMap<>();
    types.put(root, schemaProperties(root, schema));
    JsonNode defs = schema.path("$defs");
    for (String name : defs.propertyNames()) {
      if (defs.get(name).has("properties")) {
        types.put(name, schemaProperties(name, defs.get(name)));
      }
    }
    return types;
  }

  private static List<PropertyDescription> schemaProperties(String type, JsonNode object) {
    Set<String> required = new LinkedHashSet<>();
    object.path("required").forEach(name -> required.add(name.asString()));
    List<PropertyDescription> properties = new ArrayList<>();
    for (Map.Entry<String, JsonNode> p : object.path("properties").properties()) {
      boolean personal = p.getValue().path("description").asString("").startsWith("Personal data");
      properties.add(new PropertyDescription(p.getKey(), required.contains(p.getKey()),
          schemaShape(type + "." + p.getKey(), p.getValue()), personal));
    }
    for (String name : required) {
      if (!object.path("properties").has(name)) {
        throw new IllegalArgumentException("schema, type " + type + ": '" + name + "' is required but no property");
      }
    }
    return properties;
  }

  /**
   * {@return the shape of a property's schema}
   *
   * @param where the type and property, for the message
   * @param schema the property's schema
   */
  static Shape schemaShape(String where, JsonNode schema) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asString();
      if (!ref.startsWith(DEFS)) {
        throw new IllegalArgumentException(where + ": a $ref outside the schema's $defs: " + ref);
      }
      return Shape.ref(ref.substring(DEFS.length()));
    }
    if (schema.has("const")) {
      return Shape.constant(schema.get("const").asString());
    }
    if (schema.has("oneOf")) {
      List<Shape> alternatives = new ArrayList<>();
      schema.get("oneOf").forEach(alternative -> alternatives.add(schemaShape(where, alternative)));
      return Shape.oneOf(alternatives);
    }
    String type = schema.path("type").asString("");
    switch (type) {
      case "array":
        return Shape.array(schemaShape(where + "[]", schema.path("items")), schema.path("uniqueItems").asBoolean(false));
      case "string":
        if (schema.has("enum")) {
          List<String> codes = new ArrayList<>();
          schema.get("enum").forEach(code -> codes.add(code.asString()));
          return Shape.codes(codes);
        }
        return Shape.string();
      case "integer":
        return Shape.integer();
      case "number":
        return Shape.number();
      default:
        throw new IllegalArgumentException(where + ": a schema with no $ref, const, oneOf or type array, string,"
            + " integer or number: " + schema);
    }
  }

  // ---- docs/json-format.md ----

  /**
   * {@return the object types of the document's property tables, each under the name of its
   *     heading}
   *
   * @param document the text of docs/json-format.md
   * @throws IllegalArgumentException if a table or a value cannot be read, saying where
   */
  static Map<String, List<PropertyDescription>> documentTypes(String document) {
    Map<String, List<String>> enums = enumCodes(document);
    Map<String, List<PropertyDescription>> types = new LinkedHashMap<>();
    String type = null;
    List<String> header = null;
    for (String line : section(document, TYPES_SECTION).lines().toList()) {
      Matcher heading = HEADING.matcher(line);
      if (heading.find()) {
        type = heading.group(1);
        header = null;
        if (types.put(type, new ArrayList<>()) != null) {
          throw new IllegalArgumentException("docs: two tables of type " + type);
        }
      } else if (line.startsWith("|") && type != null) {
        List<String> cells = cells(line);
        if (header == null) {
          header = cells;
          if (!header.equals(COLUMNS)) {
            throw new IllegalArgumentException("docs: the table of " + type + " has the columns " + header
                + ", not " + COLUMNS);
          }
        } else if (!cells.stream().allMatch(c -> c.matches("-+"))) {
          types.get(type).add(documentProperty(type, cells, enums));
        }
      } else if (line.startsWith("#")) {
        type = null;
      }
    }
    return types;
  }

  private static PropertyDescription documentProperty(String type, List<String> cells, Map<String, List<String>> enums) {
    String where = "docs: " + type + " row " + cells;
    if (cells.size() != COLUMNS.size()) {
      throw new IllegalArgumentException(where + ": " + cells.size() + " cells, not " + COLUMNS.size());
    }
    Matcher name = CODE.matcher(cells.get(0));
    if (!name.matches()) {
      throw new IllegalArgumentException(where + ": the property is not one name in backticks");
    }
    if (!cells.get(2).isEmpty() && !cells.get(2).equals("yes")) {
      throw new IllegalArgumentException(where + ": required is 'yes' or empty, not '" + cells.get(2) + "'");
    }
    return new PropertyDescription(name.group(1), cells.get(2).equals("yes"),
        documentShape(where, cells.get(1), enums), cells.get(3).startsWith("personal data"));
  }

  /**
   * {@return the shape a value cell names}
   *
   * @param where the table and row, for the message
   * @param value the text of the cell
   * @param enums the codes of each enum, from the document's table of enum codes
   */
  static Shape documentShape(String where, String value, Map<String, List<String>> enums) {
    if (value.contains(" or ")) {
      List<Shape> alternatives = new ArrayList<>();
      for (String alternative : value.split(" or ")) {
        alternatives.add(documentShape(where, alternative, enums));
      }
      return Shape.oneOf(alternatives);
    }
    if (value.equals("array of ids")) {
      return Shape.ref("ids");
    }
    if (value.startsWith("array of ")) {
      return Shape.array(documentItem(where, value.substring("array of ".length()), enums), false);
    }
    if (value.startsWith("set of ")) {
      String items = value.substring("set of ".length());
      return Shape.array(documentItem(where, SINGULAR.getOrDefault(items, items), enums), true);
    }
    return documentItem(where, value, enums);
  }

  private static Shape documentItem(String where, String value, Map<String, List<String>> enums) {
    Matcher link = LINK.matcher(value);
    if (link.matches()) {
      if (!link.group(2).equals(link.group(1).toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(where + ": the link to " + link.group(1) + " goes to #" + link.group(2));
      }
      return Shape.ref(link.group(1));
    }
    Matcher code = ENUM_CODE.matcher(value);
    if (code.matches()) {
      List<String> codes = enums.get(code.group(1));
      if (codes == null) {
        throw new IllegalArgumentException(where + ": " + code.group(1) + " is not in the table of enum codes");
      }
      return Shape.codes(codes);
    }
    Matcher constant = CONSTANT.matcher(value);
    if (constant.matches()) {
      return Shape.constant(constant.group(1));
    }
    Shape word = WORDS.get(value);
    if (word == null) {
      throw new IllegalArgumentException(where + ": '" + value + "' is none of the words of the value column "
          + WORDS.keySet() + ", a link, an enum's code, a constant, an array, a set or a choice");
    }
    return word;
  }

  /**
   * {@return the codes of each row of the document's table of enum codes, by the name in the row's
   *     first backticks}
   *
   * @param document the text of docs/json-format.md
   */
  static Map<String, List<String>> enumCodes(String document) {
    Map<String, List<String>> enums = new LinkedHashMap<>();
    for (String line : section(document, ENUM_SECTION).lines().toList()) {
      if (line.startsWith("| `")) {
        List<String> cells = cells(line);
        Matcher name = CODE.matcher(cells.get(0));
        List<String> codes = new ArrayList<>();
        Matcher code = CODE.matcher(cells.get(1));
        while (code.find()) {
          codes.add(code.group(1));
        }
        if (name.find()) {
          enums.put(name.group(1), codes);
        }
      }
    }
    return enums;
  }

  /** The lines after a heading, up to the next heading of its level or a higher one. */
  private static String section(String document, String heading) {
    List<String> lines = document.lines().toList();
    int start = lines.indexOf(heading);
    if (start < 0) {
      throw new IllegalArgumentException("docs: no section '" + heading + "'");
    }
    int level = heading.indexOf(' ');
    StringBuilder out = new StringBuilder();
    for (String line : lines.subList(start + 1, lines.size())) {
      int hashes = line.indexOf(' ');
      if (hashes > 0 && hashes <= level && line.substring(0, hashes).matches("#+")) {
        break;
      }
      out.append(line).append('\n');
    }
    return out.toString();
  }

  private static List<String> cells(String row) {
    String inner = row.strip();
    inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
    List<String> cells = new ArrayList<>();
    for (String cell : inner.split("\\|", -1)) {
      cells.add(cell.strip());
    }
    return cells;
  }

  // ---- comparing ----

  /**
   * {@return the types reached from a root through the properties' shapes: the types of the
   *     documents whose root it is, in the order of the map}
   *
   * @param types every type, by definition
   * @param root the root's definition
   */
  static Map<String, List<PropertyDescription>> reachable(Map<String, List<PropertyDescription>> types, String root) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(root));
    while (!pending.isEmpty()) {
      String type = pending.pop();
      if (types.containsKey(type) && reached.add(type)) {
        for (PropertyDescription p : types.get(type)) {
          refs(p.shape(), pending);
        }
      }
    }
    Map<String, List<PropertyDescription>> result = new LinkedHashMap<>();
    types.forEach((name, properties) -> {
      if (reached.contains(name)) {
        result.put(name, properties);
      }
    });
    return result;
  }

  private static void refs(Shape shape, Deque<String> out) {
    if (shape.type() == Shape.Type.REF) {
      out.add(shape.name());
    }
    shape.parts().forEach(part -> refs(part, out));
  }

  /**
   * {@return every difference between the codecs' description and another, in words; empty when
   *     they agree}
   *
   * @param what the other description, as messages name it: "the portfolio schema"
   * @param codecs the types as the codecs declare them
   * @param other the types as the other description says
   * @param order whether the other description promises the codecs' order of properties
   */
  static List<String> compare(String what, Map<String, List<PropertyDescription>> codecs,
      Map<String, List<PropertyDescription>> other, boolean order) {
    List<String> differences = new ArrayList<>();
    for (String type : codecs.keySet()) {
      if (!other.containsKey(type)) {
        differences.add(what + " has no type '" + type + "', which the codecs read and write with the properties "
            + names(codecs.get(type)));
      }
    }
    for (String type : other.keySet()) {
      if (!codecs.containsKey(type)) {
        differences.add(what + " describes a type '" + type + "' that no codec reads or writes");
      }
    }
    for (Map.Entry<String, List<PropertyDescription>> entry : codecs.entrySet()) {
      if (other.containsKey(entry.getKey())) {
        compareType(what, entry.getKey(), entry.getValue(), other.get(entry.getKey()), order, differences);
      }
    }
    return differences;
  }

  private static void compareType(String what, String type, List<PropertyDescription> codec,
      List<PropertyDescription> other, boolean order, List<String> differences) {
    Map<String, PropertyDescription> theirs = new LinkedHashMap<>();
    other.forEach(p -> theirs.put(p.name(), p));
    Set<String> ours = new LinkedHashSet<>(names(codec));
    for (PropertyDescription p : codec) {
      PropertyDescription q = theirs.get(p.name());
      String at = what + ", type " + type + ", property '" + p.name() + "'";
      if (q == null) {
        differences.add(at + ": in the codec table (" + (p.required() ? "required, " : "optional, ") + p.shape()
            + "), missing here");
        continue;
      }
      if (p.required() != q.required()) {
        differences.add(at + ": " + (p.required() ? "required" : "optional") + " in the codec table, "
            + (q.required() ? "required" : "optional") + " here");
      }
      if (!p.shape().equals(q.shape())) {
        differences.add(at + ": the codec table has " + p.shape() + ", here " + q.shape());
      }
      if (p.personalData() != q.personalData()) {
        differences.add(at + ": " + (p.personalData() ? "personal data" : "not personal data")
            + " in the codec table, " + (q.personalData() ? "personal data" : "not personal data") + " here");
      }
    }
    for (PropertyDescription q : other) {
      if (!ours.contains(q.name())) {
        differences.add(what + ", type " + type + ", property '" + q.name() + "': not in the codec table, which has "
            + ours);
      }
    }
    List<String> theirOrder = names(other).stream().filter(ours::contains).toList();
    List<String> ourOrder = names(codec).stream().filter(theirs::containsKey).toList();
    if (order && !theirOrder.equals(ourOrder)) {
      differences.add(what + ", type " + type + ": properties in the order " + theirOrder
          + ", the codec table's (canonical) order is " + ourOrder);
    }
  }

  private static List<String> names(List<PropertyDescription> properties) {
    return properties.stream().map(PropertyDescription::name).toList();
  }
}
