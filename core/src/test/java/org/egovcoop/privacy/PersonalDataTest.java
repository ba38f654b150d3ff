package org.egovcoop.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.egovcoop.actor.Person;
import org.egovcoop.source.ContactPoint;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  @Test
  void namesPhonesAndEmailsAreMarkedAndOptional() throws Exception {
    List<String> marked = new ArrayList<>();
    for (Class<?> type : List.of(Person.class, ContactPoint.class, org.egovcoop.actor.Organization.class,
        org.egovcoop.agreement.Agreement.class, org.egovcoop.source.Source.class, org.egovcoop.source.Statement.class,
        org.egovcoop.actor.Appointment.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(PersonalData.class)) {
          marked.add(type.getSimpleName() + "." + method.getName());
          // Every personal attribute can be left out, so a record without personal data stays complete.
          assertThat(method.getReturnType()).as(method.toString()).isEqualTo(Optional.class);
        }
      }
    }
    assertThat(marked).containsExactlyInAnyOrder("Person.getName", "ContactPoint.getPhone", "ContactPoint.getEmail");
  }

  @Test
  void theMarkIsVisibleOnTheRuntimeClassesMethodsToo() throws Exception {
    // Writers see the generated class; the mark must be reachable from it through the declared type.
    Method getter = Person.builder().id("kim").build().getClass().getMethod("getName");
    assertThat(getter.getDeclaringClass().getSimpleName()).isEqualTo("ImmutablePerson");
    assertThat(Person.class.getMethod("getName").isAnnotationPresent(PersonalData.class)).isTrue();
  }
}
