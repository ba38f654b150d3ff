/**
 * Validation of the model: Bean Validation constraints for the domain's rules, and the
 * {@link org.egovcoop.validation.ModelValidator} facade that reports every violation at once.
 *
 * <h2>Invariants and validation: which rule lives where</h2>
 *
 * <p>Each rule is implemented once, in one of two places.
 *
 * <p><b>Invariants</b> are enforced when a value is made (a scalar's factory, an aggregate's
 * {@code build()}), because a value that breaks them means nothing: a partial date of month 13, a
 * date range that ends before it starts, a country code that ISO never assigned, a text in no
 * language, a rank below 1, a malformed id (every id and every reference to one, {@code sourceIds}
 * included), a decimal beyond 38 digits, a negative amount of
 * exports, aid, investment or people (only a figure of kind {@code other}, a change or a balance,
 * may be negative; {@code Money} and {@code Quantity} alone may be). Such a value cannot exist;
 * a builder throws {@link org.egovcoop.validation.MissingAttributesException} (an
 * {@code IllegalStateException}) naming every missing required attribute, and
 * {@link org.egovcoop.validation.InvalidAttributeException} (an {@code IllegalArgumentException})
 * naming the model type, the attribute and the value refused, as fields a program reads and in a
 * message a person reads; no reader of the model parses the message. Every message that quotes a
 * value quotes it escaped and abbreviated (control characters as {@code \}{@code uXXXX}, at most
 * 60 characters), by the rules of {@code org.egovcoop.internal.Texts}, their one home, which the
 * JSON reader applies to its own messages too: so a reader shows the model's message (an
 * invalid attribute's {@code reason()}, a parse exception's message) as it is.
 *
 * <p><b>Validation</b> reports rules that relate attributes or records, so a caller can hold an
 * invalid value, see everything wrong with it at once, and fix it: a rank above the number
 * assessed ({@link org.egovcoop.validation.RankWithinAssessed}), a score outside its index's range
 * ({@link org.egovcoop.validation.ScoreWithinRange}), fewer than two parties
 * ({@code @Size(min = 2)}, with a message of its own), a repeated party ({@link org.egovcoop.validation.DistinctPartyOrganizations}),
 * a bilateral agreement within one country ({@link org.egovcoop.validation.BilateralBetweenCountries}),
 * an agreement related to itself ({@link org.egovcoop.validation.NoSelfRelation}) and an organisation
 * that is its own parent ({@link org.egovcoop.validation.NotOwnParent}) (a value that refers to
 * itself relates two of its attributes, so both are validation, not invariants), an organisation
 * holding two identifiers in one scheme ({@link org.egovcoop.validation.OneIdentifierPerScheme}), entry into force
 * before signing ({@link org.egovcoop.validation.EntryIntoForceNotBeforeSigning}), and within a
 * portfolio: repeated ids, a registered identifier held by two organisations
 * ({@link org.egovcoop.validation.UniqueRegisteredIdentifiers}), dangling references, cycles in the lineage, a successor signed before its
 * predecessor, a signatory out of office. Text-typed codes in users' own classes are checked by
 * {@link org.egovcoop.validation.IsoCountryCode}, {@link org.egovcoop.validation.IsoCurrencyCode} and
 * {@link org.egovcoop.validation.LanguageTag}, which call the model's own rule.
 *
 * <h2>Messages</h2>
 *
 * <p>Every message is fully interpolated, without Expression Language: each is a template with
 * parameters ({@code {id}}, {@code {rank}}), so no EL implementation is needed at run time:
 * {@code ModelValidator} interpolates with Hibernate Validator's default interpolator where EL can
 * be had, and with its {@code ParameterMessageInterpolator} where it cannot, to the same text. Messages are looked up by key in {@code ContributorValidationMessages.properties},
 * with a Korean translation ({@code _ko}) beside it. The library ships no
 * {@code META-INF/validation.xml}, which belongs to the application.
 */
package org.egovcoop.validation;
