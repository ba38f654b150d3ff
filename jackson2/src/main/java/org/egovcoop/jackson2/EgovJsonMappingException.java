package org.egovcoop.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonProblem;

/**
 * Everything wrong with an egovcoop value read through a Jackson 2 mapper: the Jackson 2 form of
 * {@link EgovJsonException}, with the same {@link JsonProblem}s, each with its JSON Pointer (in
 * the whole document), line and column.
 *
 * <p>It is a {@link JsonMappingException}, as Jackson 2's own reading failures are, so that code
 * written for Jackson 2 (a web framework turning them into 400 responses) catches it, and so that
 * Jackson 2 passes it on unwrapped from inside a list, a map or a bean. Its cause is the
 * {@link EgovJsonException} of the same problems. Its message lists the problems; it carries no
 * Java class names, no Jackson source description and no reference chain (each problem's pointer
 * says where it is).
 */
public final class EgovJsonMappingException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  private final transient List<JsonProblem> problems;

  private EgovJsonMappingException(JsonParser p, EgovJsonException problems) {
    super(p, problems.getMessage(), problems);
    this.problems = problems.problems();
  }

  /**
   * {@return the exception of these problems}
   *
   * @param p the parser that read them
   * @param problems at least one problem
   */
  static EgovJsonMappingException of(JsonParser p, List<JsonProblem> problems) {
    return new EgovJsonMappingException(p, new EgovJsonException(problems));
  }

  /** {@return every problem found, in document order as far as reading found them; never empty} */
  public List<JsonProblem> problems() {
    return problems;
  }

  /** {@return the same problems as egovcoop's own exception, as {@code EgovJson} throws it} */
  public EgovJsonException toEgovJsonException() {
    return (EgovJsonException) getCause();
  }

  /** {@return the list of problems, without Jackson's location and reference chain} */
  @Override
  public String getMessage() {
    return getOriginalMessage();
  }
}
