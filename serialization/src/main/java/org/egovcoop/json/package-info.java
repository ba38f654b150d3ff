/**
 * egovcoop JSON: the {@link org.egovcoop.json.EgovJson} facade (strict reading, canonical
 * writing, NDJSON, writing without personal data), the {@link org.egovcoop.json.EgovcoopModule}
 * for Jackson mappers, and the one exception of reading, {@link org.egovcoop.json.EgovJsonException},
 * with its {@link org.egovcoop.json.JsonProblem}s. The format is described in
 * {@code docs/json-format.md}.
 */
package org.egovcoop.json;
