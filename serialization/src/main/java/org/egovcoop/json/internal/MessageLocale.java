package org.egovcoop.json.internal;

import java.util.Locale;

/**
 * The per-call attribute of a databind mapper (Jackson 3's and Jackson 2's alike) that gives the
 * locale of the messages of broken validation rules, so that both modules read the same key.
 */
public final class MessageLocale {
  private MessageLocale() {}

  /** The attribute's key. */
  public static final String ATTRIBUTE = "org.egovcoop.json.messageLocale";

  /**
   * {@return the locale an attribute's value names: the value itself if it is a locale, else English}
   *
   * @param attribute the attribute's value, or null when the call has none
   */
  public static Locale of(Object attribute) {
    return attribute instanceof Locale locale ? locale : Locale.ENGLISH;
  }
}
