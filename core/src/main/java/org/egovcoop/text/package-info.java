/**
 * Multilingual text: {@link org.egovcoop.text.LocalizedText}, one value per BCP 47 language tag.
 */
package org.egovcoop.text;
