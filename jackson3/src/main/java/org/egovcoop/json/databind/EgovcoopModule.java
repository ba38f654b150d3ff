package org.egovcoop.json.databind;

import org.egovcoop.json.EgovJson;
import org.egovcoop.json.EgovJsonException;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.json.internal.BuildVersion;
import org.egovcoop.json.internal.MessageLocale;
import org.egovcoop.json.internal.BuildVersion;
import org.egovcoop.json.internal.MessageLocale;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.JacksonModule;

/**
 * The Jackson 3 module for every egovcoop type: registered on any {@code JsonMapper}, it reads
 * and writes the egovcoop JSON format (specified in
 * {@code META-INF/egovcoop/json-format.md}, which egovcoop-serialization's jars carry) with the same codecs as
 * {@link EgovJson}. It claims only egovcoop types (the model's value types and enums); a user's
 * own classes that hold them are bound by Jackson as usual.
 *
 * <p>It is discoverable: {@code JsonMapper.builder().findAndAddModules()} finds it on the class
 * path ({@code META-INF/services}) and on the module path ({@code provides} in module-info), and so
 * does Spring Boot. Reading an egovcoop value through it is strict and validates the value, and
 * every problem comes as an {@link EgovJsonException}; {@link EgovJsonMapper} also makes
 * Jackson itself strict for the user's own classes.
 *
 * <p>Every variant has the registration id {@code "egovcoop"}, so a mapper holds at most one.
 */
public final class EgovcoopModule extends JacksonModule {

  /**
   * The key of a per-call attribute, a {@link java.util.Locale}, in which the messages of broken
   * validation rules are given; without it they are English, as are the messages of every other
   * problem. A web framework sets it from the request:
   * {@code mapper.readerFor(Portfolio.class).withAttribute(EgovcoopModule.MESSAGE_LOCALE, Locale.KOREAN)}.
   */
  public static final String MESSAGE_LOCALE = MessageLocale.ATTRIBUTE;

  private static final Version VERSION = buildVersion();

  private final boolean redact;
  private final int maxCollectionSize;

  /** The module that writes every attribute, as {@link java.util.ServiceLoader} creates it. */
  public EgovcoopModule() {
    this(false, JsonLimits.defaults().maxCollectionSize());
  }

  EgovcoopModule(boolean redact, int maxCollectionSize) {
    this.redact = redact;
    this.maxCollectionSize = maxCollectionSize;
  }

  /**
   * {@return a module that leaves out every attribute marked
   *     {@link org.egovcoop.privacy.PersonalData} when writing, as
   *     {@link EgovJson#withoutPersonalData()} does}
   */
  public EgovcoopModule withoutPersonalData() {
    return new EgovcoopModule(true, maxCollectionSize);
  }

  /** {@return whether the module leaves personal data out when writing} */
  public boolean isWithoutPersonalData() {
    return redact;
  }

  /** {@return the module name, {@code "egovcoop"}} */
  @Override
  public String getModuleName() {
    return "egovcoop";
  }

  /** {@return the registration id, {@code "egovcoop"}, whatever the variant} */
  @Override
  public Object getRegistrationId() {
    return getModuleName();
  }

  /** {@return the version of egovcoop-serialization} */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version buildVersion() {
    BuildVersion build = BuildVersion.of(EgovcoopModule.class.getResourceAsStream("version.properties"), "egovcoop-jackson3");
    return VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId());
  }

  /** Registers a serializer and a deserializer for each egovcoop type. */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(JacksonAdapters.serializers(redact));
    context.addDeserializers(JacksonAdapters.deserializers(maxCollectionSize));
    context.addKeySerializers(JacksonAdapters.keySerializers());
    context.addKeyDeserializers(JacksonAdapters.keyDeserializers());
  }
}
