package org.egovcoop.json;

import java.util.Objects;

/**
 * Limits against hostile or runaway input, each reported as a {@link JsonProblem.Kind#LIMIT}
 * problem naming the limit. The defaults suit documents of cooperation records; raise them for
 * bulk data.
 *
 * <p>For newline-delimited JSON, the document length and the token count apply to each line.
 * The scale and precision of exact decimals are not limits of this class: they are the model's
 * own bounds (38 significant digits, scale within ±38), checked on every decimal before it is
 * used.
 */
public final class JsonLimits {

  private static final JsonLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final long maxTokenCount;
  private final int maxCollectionSize;

  private JsonLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxTokenCount = b.maxTokenCount;
    this.maxCollectionSize = b.maxCollectionSize;
  }

  /**
   * {@return the default limits: nesting depth 32, strings of 1,000,000 characters, names of 256, numbers of 100
   *     characters, documents of 64 MiB, 10,000,000 tokens, 1,000,000 elements per array}
   */
  public static JsonLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the deepest nesting of objects and arrays} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string value, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the longest property name, in characters} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return the longest number, in characters of its text} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the longest document (for NDJSON: line), in bytes} */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** {@return the most tokens in a document (for NDJSON: line)} */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  /** {@return the most elements in any one array} */
  public int maxCollectionSize() {
    return maxCollectionSize;
  }

  @Override
  public String toString() {
    return "JsonLimits{maxNestingDepth=" + maxNestingDepth + ", maxStringLength=" + maxStringLength
        + ", maxNameLength=" + maxNameLength + ", maxNumberLength=" + maxNumberLength
        + ", maxDocumentLength=" + maxDocumentLength + ", maxTokenCount=" + maxTokenCount
        + ", maxCollectionSize=" + maxCollectionSize + "}";
  }

  /** Sets limits one by one; every limit must be positive. */
  public static final class Builder {
    private int maxNestingDepth = 32;
    private int maxStringLength = 1_000_000;
    private int maxNameLength = 256;
    private int maxNumberLength = 100;
    private long maxDocumentLength = 64L * 1024 * 1024;
    private long maxTokenCount = 10_000_000L;
    private int maxCollectionSize = 1_000_000;

    private Builder() {}

    /**
     * {@return this builder}
     *
     * @param value the deepest nesting of objects and arrays; a portfolio needs 8
     */
    public Builder maxNestingDepth(int value) {
      this.maxNestingDepth = positive("maxNestingDepth", value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the longest string value, in characters
     */
    public Builder maxStringLength(int value) {
      this.maxStringLength = positive("maxStringLength", value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the longest property name, in characters
     */
    public Builder maxNameLength(int value) {
      this.maxNameLength = positive("maxNameLength", value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the longest number text, in characters
     */
    public Builder maxNumberLength(int value) {
      this.maxNumberLength = positive("maxNumberLength", value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the longest document (NDJSON: line), in bytes
     */
    public Builder maxDocumentLength(long value) {
      this.maxDocumentLength = positive("maxDocumentLength", value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the most tokens in a document (NDJSON: line)
     */
    public Builder maxTokenCount(long value) {
      this.maxTokenCount = positive("maxTokenCount", value);
      return this;
    }

    /**
     * {@return this builder}
     *
     * @param value the most elements in any one array
     */
    public Builder maxCollectionSize(int value) {
      this.maxCollectionSize = positive("maxCollectionSize", value);
      return this;
    }

    /** {@return the limits} */
    public JsonLimits build() {
      return new JsonLimits(this);
    }

    private static int positive(String name, int value) {
      return (int) positive(name, (long) value);
    }

    private static long positive(String name, long value) {
      if (value < 1) {
        throw new IllegalArgumentException("JsonLimits." + name + " must be at least 1, not " + value);
      }
      return value;
    }
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof JsonLimits)) {
      return false;
    }
    JsonLimits l = (JsonLimits) o;
    return maxNestingDepth == l.maxNestingDepth && maxStringLength == l.maxStringLength && maxNameLength == l.maxNameLength
        && maxNumberLength == l.maxNumberLength && maxDocumentLength == l.maxDocumentLength
        && maxTokenCount == l.maxTokenCount && maxCollectionSize == l.maxCollectionSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength, maxDocumentLength,
        maxTokenCount, maxCollectionSize);
  }
}
