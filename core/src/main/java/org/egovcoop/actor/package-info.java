/**
 * Who acts: {@link org.egovcoop.actor.Organization}s of countries, {@link org.egovcoop.actor.Person}s,
 * and the {@link org.egovcoop.actor.Appointment}s (posts over periods) that connect them.
 */
@EgovStyle
package org.egovcoop.actor;

import org.egovcoop.internal.EgovStyle;
