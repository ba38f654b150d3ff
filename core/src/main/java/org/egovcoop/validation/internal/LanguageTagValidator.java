package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.egovcoop.validation.LanguageTag;

/** Checks {@link LanguageTag}, with the same rule as the model's own type. */
public final class LanguageTagValidator implements ConstraintValidator<LanguageTag, CharSequence> {

  @Override
  public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
    if (text == null) {
      return true;
    }
    String value = text.toString();
    return org.egovcoop.text.LocalizedText.isWellFormedTag(value);
  }
}
