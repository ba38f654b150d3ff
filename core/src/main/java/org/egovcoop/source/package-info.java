/**
 * Provenance: {@link org.egovcoop.source.Source}s that facts cite, with their
 * {@link org.egovcoop.source.ContactPoint}, and {@link org.egovcoop.source.Statement}s (quotes).
 */
@EgovStyle
package org.egovcoop.source;

import org.egovcoop.internal.EgovStyle;
