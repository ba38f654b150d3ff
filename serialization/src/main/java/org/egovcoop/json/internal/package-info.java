/**
 * The format's single implementation: one hand-written streaming codec per model type
 * ({@link org.egovcoop.json.internal.Codec}), reading with {@link org.egovcoop.json.internal.JsonIn}
 * and writing with {@link org.egovcoop.json.internal.JsonOut}, plus the decoding driver, the
 * validation of decoded values and the Jackson adapters. Not exported.
 */
package org.egovcoop.json.internal;
