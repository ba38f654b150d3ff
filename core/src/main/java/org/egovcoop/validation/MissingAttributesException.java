package org.egovcoop.validation;

import java.util.List;

/**
 * A builder's {@code build()} called before every required attribute was set, naming them all:
 * {@code Cannot build Agreement, some of required attributes are not set [id, kind]}. The names
 * are data ({@link #missingAttributes()}); a reader of the JSON format reports a missing property
 * by them.
 */
public class MissingAttributesException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final String modelType;
  private final List<String> missingAttributes;

  /**
   * The exception the generated builders throw (Immutables' {@code throwForInvalidImmutableState}).
   *
   * @param missingAttributes the names of the required attributes not set, in declaration order
   */
  public MissingAttributesException(String... missingAttributes) {
    this(builtType(), List.of(missingAttributes));
  }

  private MissingAttributesException(String modelType, List<String> missingAttributes) {
    super("Cannot build " + modelType + ", some of required attributes are not set " + missingAttributes);
    this.modelType = modelType;
    this.missingAttributes = missingAttributes;
  }

  /** {@return the simple name of the model type that could not be built: {@code Agreement}} */
  public String modelType() {
    return modelType;
  }

  /** {@return the required attributes not set, in declaration order; unmodifiable} */
  public List<String> missingAttributes() {
    return missingAttributes;
  }

  /**
   * The model type whose generated builder is throwing: the caller of this constructor is
   * {@code ImmutableAgreement.Builder}, whose model type is {@code Agreement}.
   */
  private static String builtType() {
    return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
        .map(StackWalker.StackFrame::getDeclaringClass)
        .filter(type -> type.getSimpleName().equals("Builder") && type.getEnclosingClass() != null
            && type.getEnclosingClass().getSimpleName().startsWith("Immutable"))
        .map(type -> type.getEnclosingClass().getSimpleName().substring("Immutable".length()))
        .findFirst()
        .orElse("a model value"));
  }
}
