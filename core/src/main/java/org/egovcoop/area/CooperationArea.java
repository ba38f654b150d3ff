package org.egovcoop.area;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.egovcoop.internal.Texts;
import org.egovcoop.text.LocalizedText;
import org.immutables.value.Value;
import org.egovcoop.validation.InvalidAttributeException;

/**
 * A field of e-government cooperation, from an open catalogue. The eight areas of the 2017
 * Korea–Uzbekistan MOU are built in, with stable codes, English and Korean names, and the OECD
 * DAC CRS purpose codes they map to where one fits; users define their own with {@link #builder()}.
 *
 * <p>Built-in codes: {@code e-government}, {@code smart-governance}, {@code safe-city},
 * {@code cybersecurity}, {@code open-data}, {@code big-data}, {@code cloud}, {@code mobile}.
 *
 * <p>Invariants: the code is lower-case letters, digits and hyphens; CRS purpose codes are five
 * digits (10000 to 99999).
 */
@Value.Immutable
public abstract class CooperationArea {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  CooperationArea() {}

  /** e-government (전자정부); CRS 15110 public sector management, 22040 ICT. */
  public static final CooperationArea E_GOVERNMENT = builtIn("e-government", "e-Government", "전자정부", 15110, 22040);
  /** Smart governance (스마트 거버넌스); CRS 15110. */
  public static final CooperationArea SMART_GOVERNANCE = builtIn("smart-governance", "Smart governance", "스마트 거버넌스", 15110);
  /** Safe city (안전도시); CRS 43030 urban development and management. */
  public static final CooperationArea SAFE_CITY = builtIn("safe-city", "Safe city", "안전도시", 43030);
  /** Cybersecurity (사이버보안); CRS 22040 ICT. */
  public static final CooperationArea CYBERSECURITY = builtIn("cybersecurity", "Cybersecurity", "사이버보안", 22040);
  /** Open data (데이터개방); no CRS purpose code fits. */
  public static final CooperationArea OPEN_DATA = builtIn("open-data", "Open data", "데이터개방");
  /** Big data (빅데이터); no CRS purpose code fits. */
  public static final CooperationArea BIG_DATA = builtIn("big-data", "Big data", "빅데이터");
  /** Cloud (클라우드); CRS 22040 ICT. */
  public static final CooperationArea CLOUD = builtIn("cloud", "Cloud", "클라우드", 22040);
  /** Mobile (모바일); CRS 22040 ICT. */
  public static final CooperationArea MOBILE = builtIn("mobile", "Mobile", "모바일", 22040);

  private static final List<CooperationArea> BUILT_INS = List.of(
      E_GOVERNMENT, SMART_GOVERNANCE, SAFE_CITY, CYBERSECURITY, OPEN_DATA, BIG_DATA, CLOUD, MOBILE);
  private static final Map<String, CooperationArea> BUILT_IN_BY_CODE =
      BUILT_INS.stream().collect(Collectors.toUnmodifiableMap(CooperationArea::getCode, Function.identity()));

  private static CooperationArea builtIn(String code, String english, String korean, int... crs) {
    return builder().code(code).name(LocalizedText.of("en", english, "ko", korean)).addCrsPurposeCodes(crs).build();
  }

  /** {@return a builder for a user-defined area; {@code code} and {@code name} are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the eight built-in areas, in the order the 2017 MOU lists them} */
  public static List<CooperationArea> builtIns() {
    return BUILT_INS;
  }

  /**
   * {@return the built-in area, if the code names one}
   *
   * @param code a built-in area's code, such as {@code safe-city}; may be null
   */
  public static Optional<CooperationArea> findBuiltIn(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(BUILT_IN_BY_CODE.get(code));
  }

  /** {@return the stable code: lower-case words joined by hyphens, such as {@code safe-city}} */
  public abstract String getCode();

  /** {@return the area's name in one or more languages} */
  public abstract LocalizedText getName();

  /** {@return the OECD DAC CRS purpose codes the area maps to, if any fit} */
  public abstract Set<Integer> getCrsPurposeCodes();

  /** {@return whether this is one of the built-in areas (same code and content)} */
  public boolean isBuiltIn() {
    return equals(BUILT_IN_BY_CODE.get(getCode()));
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(getCode()).matches()) {
      throw new InvalidAttributeException("CooperationArea", "code", getCode(),
          Texts.quoted(getCode()) + " is not a valid code: expected lower-case"
              + " letters and digits in words joined by hyphens, such as safe-city");
    }
    for (int crs : getCrsPurposeCodes()) {
      if (crs < 10000 || crs > 99999) {
        throw new InvalidAttributeException("CooperationArea", "crsPurposeCodes", crs,
          crs + " of area " + Texts.quoted(getCode())
                + " is not a five-digit OECD DAC CRS purpose code");
      }
    }
  }

  /** Builds a {@link CooperationArea}. */
  public static final class Builder extends ImmutableCooperationArea.Builder {
    Builder() {}
  }
}
