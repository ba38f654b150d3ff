/**
 * The format's single implementation: one streaming codec per model type
 * ({@link org.egovcoop.json.internal.Codec}), reading with {@link org.egovcoop.json.internal.JsonIn}
 * and writing with {@link org.egovcoop.json.internal.JsonOut}, plus the decoding driver, the
 * validation of decoded values and the Jackson adapters. Object types are tables of their
 * properties ({@link org.egovcoop.json.internal.ObjectCodec}); the observation of the bulk path,
 * the scalars and the code-string form of a built-in area are written out by hand. Not exported.
 */
package org.egovcoop.json.internal;
