package org.egovcoop.json.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a JSON value of the format is, in the terms of its other descriptions: the JSON Schemas'
 * types and {@code $defs}, and the property tables of {@code docs/json-format.md}. Each codec
 * declares the shape of its values and each row of an {@link ObjectCodec} table the shape of its
 * property, so that a test can prove the three descriptions of the format equal. A read-only
 * description: reading and writing never consult it.
 *
 * <p>Its text is the form the comparison prints: {@code string}, {@code integer},
 * {@code number}, {@code const "1.0"}, {@code codes [mou, treaty]}, {@code $ref partialDate},
 * {@code array of $ref party}, {@code set of integer} (an array without repeats),
 * {@code one of [codes [...], $ref cooperationArea]}.
 */
public final class Shape {

  /** The kind of a shape. */
  public enum Type {
    /** A string with no codes of its own. */
    STRING,
    /** An integer number. */
    INTEGER,
    /** Any number. */
    NUMBER,
    /** A string, one of fixed codes. */
    CODES,
    /** One fixed string. */
    CONSTANT,
    /** A value of a named definition: a scalar of the format or an object type. */
    REF,
    /** An array of values of one shape. */
    ARRAY,
    /** A value of one of several shapes. */
    ONE_OF
  }

  private static final Shape STRING = new Shape(Type.STRING, null, List.of(), null, false);
  private static final Shape INTEGER = new Shape(Type.INTEGER, null, List.of(), null, false);
  private static final Shape NUMBER = new Shape(Type.NUMBER, null, List.of(), null, false);

  private final Type type;
  private final String name;
  private final List<String> codes;
  private final List<Shape> parts;
  private final boolean unique;

  private Shape(Type type, String name, List<String> codes, List<Shape> parts, boolean unique) {
    this.type = type;
    this.name = name;
    this.codes = List.copyOf(codes);
    this.parts = parts == null ? List.of() : List.copyOf(parts);
    this.unique = unique;
  }

  /** {@return a string with no codes of its own} */
  public static Shape string() {
    return STRING;
  }

  /** {@return an integer} */
  public static Shape integer() {
    return INTEGER;
  }

  /** {@return any number} */
  public static Shape number() {
    return NUMBER;
  }

  /**
   * {@return a string that is one of these codes}
   *
   * @param codes the codes, in their order
   */
  public static Shape codes(List<String> codes) {
    return new Shape(Type.CODES, null, codes, null, false);
  }

  /**
   * {@return one fixed string}
   *
   * @param value the string
   */
  public static Shape constant(String value) {
    return new Shape(Type.CONSTANT, Objects.requireNonNull(value, "value"), List.of(), null, false);
  }

  /**
   * {@return a value of the named definition}
   *
   * @param definition the name of the definition, as the schemas' {@code $defs} name it, such as
   *     {@code partialDate} or {@code agreement}
   */
  public static Shape ref(String definition) {
    return new Shape(Type.REF, Objects.requireNonNull(definition, "definition"), List.of(), null, false);
  }

  /**
   * {@return the definition of a model type: its simple name with a lower-case first letter, as
   *     {@code agreementRelation} for {@code AgreementRelation}}
   *
   * @param type a model type
   */
  public static String definitionOf(Class<?> type) {
    String simple = type.getSimpleName();
    return simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1);
  }

  /**
   * {@return an array of values of that shape}
   *
   * @param items the shape of each element
   * @param unique whether a repeated element is refused (a set)
   */
  public static Shape array(Shape items, boolean unique) {
    return new Shape(Type.ARRAY, null, List.of(), List.of(Objects.requireNonNull(items, "items")), unique);
  }

  /**
   * {@return a value of one of these shapes}
   *
   * @param alternatives the shapes, in their order
   */
  public static Shape oneOf(List<Shape> alternatives) {
    return new Shape(Type.ONE_OF, null, List.of(), alternatives, false);
  }

  /** {@return the kind of shape} */
  public Type type() {
    return type;
  }

  /** {@return the definition of a {@link Type#REF}, or the value of a {@link Type#CONSTANT}; else null} */
  public String name() {
    return name;
  }

  /** {@return the codes of a {@link Type#CODES}; else empty} */
  public List<String> codes() {
    return codes;
  }

  /** {@return the element shape of an {@link Type#ARRAY}, or the alternatives of a {@link Type#ONE_OF}; else empty} */
  public List<Shape> parts() {
    return parts;
  }

  /** {@return whether an {@link Type#ARRAY} refuses repeated elements} */
  public boolean unique() {
    return unique;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || o instanceof Shape
            && ((Shape) o).type == type
            && Objects.equals(((Shape) o).name, name)
            && ((Shape) o).codes.equals(codes)
            && ((Shape) o).parts.equals(parts)
            && ((Shape) o).unique == unique;
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, name, codes, parts, unique);
  }

  /** {@return the shape in words, such as {@code array of $ref party}} */
  @Override
  public String toString() {
    switch (type) {
      case CODES:
        return "codes " + codes;
      case CONSTANT:
        return "const \"" + name + "\"";
      case REF:
        return "$ref " + name;
      case ARRAY:
        return (unique ? "set of " : "array of ") + parts.get(0);
      case ONE_OF:
        return "one of " + parts;
      default:
        return type.name().toLowerCase(Locale.ROOT);
    }
  }
}
