/**
 * Personal data in the model: {@link org.egovcoop.privacy.PersonalData} marks each attribute that
 * holds it.
 */
package org.egovcoop.privacy;
