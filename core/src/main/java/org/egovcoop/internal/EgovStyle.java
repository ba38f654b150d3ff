package org.egovcoop.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.egovcoop.validation.MissingAttributesException;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model, applied to each model package in its
 * {@code package-info.java}.
 *
 * <ul>
 *   <li>{@code get*} and {@code is*} accessors, so that a stock Bean Validation validator and any
 *       JavaBeans tool see every property; builders use the plain names
 *       ({@code builder().title(...)}).</li>
 *   <li>Generated classes are package-private and hidden behind the abstract type: users see
 *       {@code Agreement} and {@code Agreement.Builder}, never {@code ImmutableAgreement}. The
 *       generated builder is package-private too, so that javadoc documents its methods, with
 *       their generated comments, on the public {@code Agreement.Builder} page instead of listing
 *       them as inherited from an undocumented class.</li>
 *   <li>JDK collections only; singular {@code add} methods ({@code addParty}).</li>
 *   <li>No annotation from the class path on the generated classes (not even Immutables'
 *       {@code Generated}), so that a consumer, who has no Immutables, compiles without warnings.</li>
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {
      "party:parties",
      "activity:activities",
      "agreementId:agreementIds",
      "sourceId:sourceIds",
      "crsPurposeCode:crsPurposeCodes",
      "participant:participants",
      "appointmentId:appointmentIds"
    },
    defaults = @Value.Immutable(copy = false),
    privateNoargConstructor = false,
    // Immutables puts every annotation it knows of and finds on the class path on the generated
    // classes unless this list names the allowed ones: by default that is
    // org.immutables.value.Generated, whose class a consumer does not have, so that a consumer's
    // javac -Xlint:all -Werror fails ("Cannot find annotation method 'from()'"). Override is not
    // one that Immutables places on a class, so the list allows none.
    allowedClasspathAnnotations = Override.class,
    // The names of the missing required attributes as data, not only in a sentence.
    throwForInvalidImmutableState = MissingAttributesException.class)
public @interface EgovStyle {}
