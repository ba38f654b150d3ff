/**
 * What was done under agreements: {@link org.egovcoop.activity.Activity} (centres, secondments,
 * training, projects, export contracts) and the organisations that
 * {@link org.egovcoop.activity.Participation participate} in each, by role.
 */
@EgovStyle
package org.egovcoop.activity;

import org.egovcoop.internal.EgovStyle;
