package org.egovcoop.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * A property test: a {@code @ParameterizedTest} over {@link Cases}, whose failures begin with the
 * failing case's display name ({@code [285] seed -4225059737928598358: …}), so that the build log
 * names the seed to rerun, and not only the report.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest
@ExtendWith(PropertyTest.NamesTheCase.class)
public @interface PropertyTest {

  /**
   * Prefixes a failure's message with the display name of the case that failed: a failed
   * assertion keeps its stack trace; any other exception becomes the cause.
   */
  final class NamesTheCase implements TestExecutionExceptionHandler {

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
      if (failure instanceof AssertionError) {
        AssertionError named = new AssertionError(context.getDisplayName() + ": " + failure.getMessage());
        named.setStackTrace(failure.getStackTrace());
        throw named;
      }
      throw new AssertionError(context.getDisplayName() + ": " + failure, failure);
    }
  }
}
