/**
 * egovcoop JSON: the {@link org.egovcoop.json.EgovJson} facade (strict reading, canonical
 * writing, NDJSON, writing without personal data) and the one exception of reading, {@link org.egovcoop.json.EgovJsonException},
 * with its {@link org.egovcoop.json.JsonProblem}s. The format is specified in
 * {@code json-format.md}, which this module's jars (classes, sources and Javadoc) carry as
 * <a href="{@docRoot}/META-INF/egovcoop/json-format.md">{@code META-INF/egovcoop/json-format.md}</a>.
 * Everything here needs only Jackson's streaming API, {@code tools.jackson.core:jackson-core};
 * Jackson 3 databind integration is the package {@code org.egovcoop.json.databind} of the artifact
 * {@code egovcoop-jackson3}.
 */
package org.egovcoop.json;
