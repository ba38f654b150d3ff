package org.egovcoop.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The cases of a {@link PropertyTest} that makes its values from a seed of its own, such as a
 * {@code new Random(seed)}: {@link Cases#seeded(int) seeds}, each a case named {@code seed N}
 * whose one argument is the seed.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(Seeds.Provider.class)
public @interface Seeds {

  /** @return how many seeds, the property's tries */
  int value();

  /** Provides the seeds of a {@link Seeds} annotation. */
  final class Provider implements ArgumentsProvider, AnnotationConsumer<Seeds> {

    private int tries;

    @Override
    public void accept(Seeds seeds) {
      tries = seeds.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
      return Cases.seeded(tries);
    }
  }
}
