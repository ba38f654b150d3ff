package org.egovcoop.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an attribute that holds personal data: the name of a person, a phone number, an e-mail
 * address. Every such attribute is optional in the model, so that a record published without
 * personal data (the serialization module's redacting writer) is still a complete, valid record.
 *
 * <p>Retained at run time, so that writers and tools can find the attributes by reflection:
 * {@code method.isAnnotationPresent(PersonalData.class)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PersonalData {}
