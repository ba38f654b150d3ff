package org.egovcoop.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import org.egovcoop.json.EgovJson;
import org.egovcoop.json.JsonLimits;
import org.egovcoop.json.internal.BuildVersion;
import org.egovcoop.json.internal.MessageLocale;

/**
 * The Jackson 2 module for every egovcoop type: registered on any Jackson 2
 * {@code ObjectMapper}, it reads and writes the egovcoop JSON format (specified in
 * {@code META-INF/egovcoop/json-format.md} of egovcoop-serialization's jars) through the same
 * codecs as {@link EgovJson} and the Jackson 3 module, so that a Jackson 2 application reads,
 * writes and rejects egovcoop documents exactly as a Jackson 3 one does: the same bytes, the same
 * strictness, the same problems (kind, pointer, line, column, value, expected). It claims only
 * egovcoop types (the model's value types and enums); a user's own classes that hold them are
 * bound by Jackson as usual.
 *
 * <p>It is discoverable: {@code ObjectMapper.findAndRegisterModules()} and
 * {@code JsonMapper.builder().findAndAddModules()} find it on the class path
 * ({@code META-INF/services}) and on the module path ({@code provides} in module-info), and
 * Spring Boot 3 registers it as a bean ({@code egovcoop-spring-boot3}). Reading an egovcoop value
 * through it is strict and validates the value, and every problem comes as one
 * {@link EgovJsonMappingException}; {@link EgovJackson2Mapper} also makes Jackson itself strict
 * for the user's own classes.
 *
 * <p>A mapper holds each variant (with or without personal data) at most once; when it holds both,
 * the one registered last writes, as with the Jackson 3 module, where the last one registered
 * replaces the others.
 */
public final class EgovcoopJackson2Module extends Module {

  /**
   * The key of a per-call attribute, a {@link java.util.Locale}, in which the messages of broken
   * validation rules are given; without it they are English, as are the messages of every other
   * problem. The same key as the Jackson 3 module's
   * ({@code org.egovcoop.json.databind.EgovcoopModule.MESSAGE_LOCALE}):
   * {@code mapper.readerFor(Portfolio.class).withAttribute(EgovcoopJackson2Module.MESSAGE_LOCALE, Locale.KOREAN)}.
   */
  public static final String MESSAGE_LOCALE = MessageLocale.ATTRIBUTE;

  private static final Version VERSION = buildVersion();

  private final boolean redact;
  private final int maxCollectionSize;

  /** The module that writes every attribute, as {@link java.util.ServiceLoader} creates it. */
  public EgovcoopJackson2Module() {
    this(false, JsonLimits.defaults().maxCollectionSize());
  }

  EgovcoopJackson2Module(boolean redact, int maxCollectionSize) {
    this.redact = redact;
    this.maxCollectionSize = maxCollectionSize;
  }

  /**
   * {@return a module that leaves out every attribute marked
   *     {@link org.egovcoop.privacy.PersonalData} when writing, as
   *     {@link EgovJson#withoutPersonalData()} does}
   */
  public EgovcoopJackson2Module withoutPersonalData() {
    return new EgovcoopJackson2Module(true, maxCollectionSize);
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

  /**
   * {@return the id by which a mapper registers the module once: {@code "egovcoop"}, and another
   *     for each other variant (without personal data, another collection limit)}
   */
  @Override
  public Object getTypeId() {
    StringBuilder id = new StringBuilder(getModuleName());
    if (redact) {
      id.append(":without-personal-data");
    }
    if (maxCollectionSize != JsonLimits.defaults().maxCollectionSize()) {
      id.append(":max-collection-size=").append(maxCollectionSize);
    }
    return id.toString();
  }

  /** {@return the version of egovcoop-jackson2} */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version buildVersion() {
    BuildVersion build = BuildVersion.of(EgovcoopJackson2Module.class.getResourceAsStream("version.properties"), "egovcoop-jackson2");
    return VersionUtil.parseVersion(build.version(), build.groupId(), build.artifactId());
  }

  /**
   * Registers a serializer and a deserializer for each egovcoop type and enum.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.addSerializers(Jackson2Adapters.serializers(redact));
    context.addDeserializers(Jackson2Adapters.deserializers(maxCollectionSize));
  }
}
