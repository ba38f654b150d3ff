/**
 * The format's single implementation: one streaming codec per model type
 * ({@link org.egovcoop.json.internal.Codec}), reading with {@link org.egovcoop.json.internal.JsonIn}
 * and writing with {@link org.egovcoop.json.internal.JsonOut}, plus the decoding driver, the
 * validation of decoded values and the Jackson adapters. Object types are tables of their
 * properties ({@link org.egovcoop.json.internal.ObjectCodec}); the observation of the bulk path,
 * the scalars and the code-string form of a built-in area are written out by hand. Each codec also
 * declares the {@link org.egovcoop.json.internal.Shape} of its values, and each object codec its
 * properties ({@link org.egovcoop.json.internal.FormatDescription}): a read-only description that
 * reading and writing never consult, which the tests compare with the JSON Schemas and the property
 * tables of {@code docs/json-format.md}. Not exported.
 */
package org.egovcoop.json.internal;
