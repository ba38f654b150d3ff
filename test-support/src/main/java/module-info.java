/**
 * AssertJ assertions for the tests of code that uses egovcoop, in the spirit of Hibernate
 * Validator's test utilities: {@link org.egovcoop.test.EgovAssertions} is the one entry point.
 *
 * <ul>
 *   <li>The violations of a value, from {@link org.egovcoop.validation.ModelValidator} or from any
 *       Bean Validation validator, matched by constraint, property path, message, message key and
 *       invalid value.</li>
 *   <li>The problems of a JSON document, from an {@link org.egovcoop.json.EgovJsonException}, matched
 *       by kind, JSON Pointer, line, column, message, value and expectation; and the reading of a
 *       document with {@link org.egovcoop.json.EgovJson}, asserted to be accepted or rejected.</li>
 * </ul>
 *
 * <p>The module requires AssertJ, Jakarta Validation and egovcoop's core and serialization
 * transitively, so that a test that reads it reads everything its assertions name. Depend on it
 * with test scope.
 */
module org.egovcoop.test {
  requires transitive org.egovcoop.core;
  requires transitive org.egovcoop.serialization;
  requires transitive jakarta.validation;
  requires transitive org.assertj.core;

  exports org.egovcoop.test;
}
