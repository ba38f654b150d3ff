/**
 * egovcoop JSON inside Jackson 3 databind: the {@link org.egovcoop.json.databind.EgovcoopModule},
 * which any {@code JsonMapper} finds, and {@link org.egovcoop.json.databind.EgovJsonMapper}, a
 * mapper as strict for an application's own classes as the format is. This package is the only
 * part of egovcoop-serialization that needs {@code tools.jackson.core:jackson-databind}; an
 * application without databind reads and writes documents with {@link org.egovcoop.json.EgovJson},
 * on jackson-core alone.
 */
package org.egovcoop.json.databind;
