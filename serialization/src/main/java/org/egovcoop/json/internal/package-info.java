/**
 * The format's single implementation: one streaming codec per model type
 * ({@link org.egovcoop.json.internal.Codec}), reading with the cursor
 * {@link org.egovcoop.json.internal.JsonIn} and writing with
 * {@link org.egovcoop.json.internal.JsonOut}, plus the decoding driver, the validation of decoded
 * values and the Jackson adapters. The cursor records what it finds in a
 * {@link org.egovcoop.json.internal.ProblemLog} (bounded per kind, with the marks that tell a codec
 * whether its value failed), in the sentences of {@link org.egovcoop.json.internal.ProblemMessages};
 * a value the model refuses is said in the model's words, from its exception's fields, never by
 * reading its message. Values are quoted in messages, escaped and abbreviated, by the rules of
 * core's {@code org.egovcoop.internal.Texts}, which the model's own messages follow too. Object
 * types are tables of their properties ({@link org.egovcoop.json.internal.ObjectCodec}); the
 * observation of the bulk path, the scalars and the code-string form of a built-in area are
 * written out by hand. Each codec also declares the {@link org.egovcoop.json.internal.Shape} of
 * its values, and each object codec its properties
 * ({@link org.egovcoop.json.internal.FormatDescription}): a read-only description that reading and
 * writing never consult, which the tests compare with the JSON Schemas and the property tables of
 * {@code docs/json-format.md}. Not exported.
 */
package org.egovcoop.json.internal;
