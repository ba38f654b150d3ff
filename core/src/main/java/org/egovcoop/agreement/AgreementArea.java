package org.egovcoop.agreement;

import org.egovcoop.area.CooperationArea;
import org.immutables.value.Value;

/** A cooperation area as an agreement names it, with the purpose it is named for. */
@Value.Immutable
public abstract class AgreementArea {

  AgreementArea() {}

  /**
   * {@return the agreement area}
   *
   * @param area the area
   * @param purpose why the agreement names it
   */
  public static AgreementArea of(CooperationArea area, AreaPurpose purpose) {
    return new Builder().area(area).purpose(purpose).build();
  }

  /**
   * {@return the area with purpose {@link AreaPurpose#COOPERATION}}
   *
   * @param area an area of joint work
   */
  public static AgreementArea cooperation(CooperationArea area) {
    return of(area, AreaPurpose.COOPERATION);
  }

  /**
   * {@return the area with purpose {@link AreaPurpose#BENCHMARKING}}
   *
   * @param area an area in which one party learns from the other's leading cases
   */
  public static AgreementArea benchmarking(CooperationArea area) {
    return of(area, AreaPurpose.BENCHMARKING);
  }

  /** {@return the area} */
  public abstract CooperationArea getArea();

  /** {@return why the agreement names it} */
  public abstract AreaPurpose getPurpose();

  /** Builds an {@link AgreementArea}. */
  public static final class Builder extends ImmutableAgreementArea.Builder {
    Builder() {}
  }

  /** {@return a builder; {@code area} and {@code purpose} are required} */
  public static Builder builder() {
    return new Builder();
  }
}
