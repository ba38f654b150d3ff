package org.egovcoop.json;

/**
 * The limits of a reader ({@link JsonLimits}) as a bean with a setter for each, for frameworks
 * that bind configuration by setters (the {@code egovcoop.json.limits.*} properties of both
 * Spring Boot starters): each one left unset (null) keeps its default, as
 * {@link JsonLimits#defaults()} documents.
 */
public final class LimitSettings {

  /** Every limit unset: {@link #toJsonLimits()} gives the defaults. */
  public LimitSettings() {}

  /** The deepest nesting of arrays and objects. */
  private Integer maxNestingDepth;

  /** The longest string value, in characters. */
  private Integer maxStringLength;

  /** The longest property name, in characters. */
  private Integer maxNameLength;

  /** The longest number, in characters. */
  private Integer maxNumberLength;

  /** The longest document, in bytes. */
  private Long maxDocumentLength;

  /** The most tokens in one document. */
  private Long maxTokenCount;

  /** The most elements in one array. */
  private Integer maxCollectionSize;

  /** {@return these limits over the defaults} */
  public JsonLimits toJsonLimits() {
    JsonLimits.Builder builder = JsonLimits.builder();
    if (maxNestingDepth != null) {
      builder.maxNestingDepth(maxNestingDepth);
    }
    if (maxStringLength != null) {
      builder.maxStringLength(maxStringLength);
    }
    if (maxNameLength != null) {
      builder.maxNameLength(maxNameLength);
    }
    if (maxNumberLength != null) {
      builder.maxNumberLength(maxNumberLength);
    }
    if (maxDocumentLength != null) {
      builder.maxDocumentLength(maxDocumentLength);
    }
    if (maxTokenCount != null) {
      builder.maxTokenCount(maxTokenCount);
    }
    if (maxCollectionSize != null) {
      builder.maxCollectionSize(maxCollectionSize);
    }
    return builder.build();
  }

  /** {@return the deepest nesting, or null for the default} */
  public Integer getMaxNestingDepth() {
    return maxNestingDepth;
  }

  /**
   * Sets the deepest nesting.
   *
   * @param maxNestingDepth the limit
   */
  public void setMaxNestingDepth(Integer maxNestingDepth) {
    this.maxNestingDepth = maxNestingDepth;
  }

  /** {@return the longest string value, or null for the default} */
  public Integer getMaxStringLength() {
    return maxStringLength;
  }

  /**
   * Sets the longest string value.
   *
   * @param maxStringLength the limit
   */
  public void setMaxStringLength(Integer maxStringLength) {
    this.maxStringLength = maxStringLength;
  }

  /** {@return the longest property name, or null for the default} */
  public Integer getMaxNameLength() {
    return maxNameLength;
  }

  /**
   * Sets the longest property name.
   *
   * @param maxNameLength the limit
   */
  public void setMaxNameLength(Integer maxNameLength) {
    this.maxNameLength = maxNameLength;
  }

  /** {@return the longest number, or null for the default} */
  public Integer getMaxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Sets the longest number.
   *
   * @param maxNumberLength the limit
   */
  public void setMaxNumberLength(Integer maxNumberLength) {
    this.maxNumberLength = maxNumberLength;
  }

  /** {@return the longest document, or null for the default} */
  public Long getMaxDocumentLength() {
    return maxDocumentLength;
  }

  /**
   * Sets the longest document.
   *
   * @param maxDocumentLength the limit, in bytes
   */
  public void setMaxDocumentLength(Long maxDocumentLength) {
    this.maxDocumentLength = maxDocumentLength;
  }

  /** {@return the most tokens, or null for the default} */
  public Long getMaxTokenCount() {
    return maxTokenCount;
  }

  /**
   * Sets the most tokens.
   *
   * @param maxTokenCount the limit
   */
  public void setMaxTokenCount(Long maxTokenCount) {
    this.maxTokenCount = maxTokenCount;
  }

  /** {@return the most elements in one array, or null for the default} */
  public Integer getMaxCollectionSize() {
    return maxCollectionSize;
  }

  /**
   * Sets the most elements in one array.
   *
   * @param maxCollectionSize the limit
   */
  public void setMaxCollectionSize(Integer maxCollectionSize) {
    this.maxCollectionSize = maxCollectionSize;
  }
}
