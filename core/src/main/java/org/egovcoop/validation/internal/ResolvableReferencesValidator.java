package org.egovcoop.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.egovcoop.activity.Activity;
import org.egovcoop.actor.Appointment;
import org.egovcoop.actor.Organization;
import org.egovcoop.agreement.Agreement;
import org.egovcoop.agreement.Party;
import org.egovcoop.portfolio.Portfolio;
import org.egovcoop.source.Source;
import org.egovcoop.source.Statement;
import org.egovcoop.validation.ResolvableReferences;

/** Checks {@link ResolvableReferences}: one violation per dangling reference, at its path. */
public final class ResolvableReferencesValidator implements ConstraintValidator<ResolvableReferences, Portfolio> {

  @Override
  public boolean isValid(Portfolio portfolio, ConstraintValidatorContext context) {
    if (portfolio == null) {
      return true;
    }
    return new Check(portfolio, context).run();
  }

  private static final class Check {
    private final Portfolio portfolio;
    private final ConstraintValidatorContext context;
    private final Set<String> organizations;
    private final Set<String> persons;
    private final Set<String> appointments;
    private final Set<String> agreements;
    private final Set<String> sources;
    private boolean valid = true;

    Check(Portfolio portfolio, ConstraintValidatorContext context) {
      this.portfolio = portfolio;
      this.context = context;
      organizations = ids(portfolio.getOrganizations(), Organization::getId);
      persons = ids(portfolio.getPersons(), p -> p.getId());
      appointments = ids(portfolio.getAppointments(), Appointment::getId);
      agreements = ids(portfolio.getAgreements(), Agreement::getId);
      sources = ids(portfolio.getSources(), Source::getId);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
      Set<String> ids = new HashSet<>();
      items.forEach(item -> ids.add(id.apply(item)));
      return ids;
    }

    boolean run() {
      forEach(portfolio.getOrganizations(), (o, i) -> {
        expect(organizations, o.getParentId(), "organizations", i, "parentId");
        expectSources(o.getSourceIds(), "organizations", i);
      });
      forEach(portfolio.getPersons(), (p, i) -> expectSources(p.getSourceIds(), "persons", i));
      forEach(portfolio.getAppointments(), (a, i) -> {
        expect(persons, Optional.of(a.getPersonId()), "appointments", i, "personId");
        expect(organizations, Optional.of(a.getOrganizationId()), "appointments", i, "organizationId");
        expect(organizations, a.getOnBehalfOfId(), "appointments", i, "onBehalfOfId");
        expectSources(a.getSourceIds(), "appointments", i);
      });
      forEach(portfolio.getAgreements(), (a, i) -> {
        List<Party> parties = a.getParties();
        for (int j = 0; j < parties.size(); j++) {
          expect(organizations, Optional.of(parties.get(j).getOrganizationId()), "agreements", i, "parties", j, "organizationId");
          expect(appointments, parties.get(j).getSignatoryAppointmentId(), "agreements", i, "parties", j, "signatoryAppointmentId");
        }
        for (int j = 0; j < a.getRelations().size(); j++) {
          expect(agreements, Optional.of(a.getRelations().get(j).getTargetId()), "agreements", i, "relations", j, "targetId");
        }
        expectSources(a.getSourceIds(), "agreements", i);
      });
      forEach(portfolio.getActivities(), (Activity a, int i) -> {
        for (int j = 0; j < a.getParticipants().size(); j++) {
          expect(organizations, Optional.of(a.getParticipants().get(j).getOrganizationId()), "activities", i, "participants", j, "organizationId");
        }
        for (int j = 0; j < a.getAppointmentIds().size(); j++) {
          expect(appointments, Optional.of(a.getAppointmentIds().get(j)), "activities", i, "appointmentIds", j);
        }
        for (String agreement : a.getAgreementIds()) {
          expect(agreements, Optional.of(agreement), "activities", i, "agreementIds");
        }
        expectSources(a.getSourceIds(), "activities", i);
      });
      forEach(portfolio.getFigures(), (f, i) -> expectSources(f.getSourceIds(), "figures", i));
      forEach(portfolio.getObservations(), (o, i) -> expectSources(o.getSourceIds(), "observations", i));
      forEach(portfolio.getStatements(), (Statement s, int i) -> {
        expect(persons, Optional.of(s.getSpeakerId()), "statements", i, "speakerId");
        expect(appointments, s.getCapacityAppointmentId(), "statements", i, "capacityAppointmentId");
        expectSources(s.getSourceIds(), "statements", i);
      });
      forEach(portfolio.getSources(), (Source s, int i) -> {
        expect(organizations, s.getPublisherId(), "sources", i, "publisherId");
        s.getContact().ifPresent(c -> {
          expect(organizations, Optional.of(c.getOrganizationId()), "sources", i, "contact", "organizationId");
          expect(persons, c.getPersonId(), "sources", i, "contact", "personId");
        });
      });
      return valid;
    }

    private void expectSources(List<String> ids, String collection, int index) {
      for (int k = 0; k < ids.size(); k++) {
        expect(sources, Optional.of(ids.get(k)), collection, index, "sourceIds", k);
      }
    }

    private void expect(Set<String> known, Optional<String> reference, Object... path) {
      if (reference.isPresent() && !known.contains(reference.get())) {
        Violations.report(context, new Object[] {"id", reference.get()}, path);
        valid = false;
      }
    }
  }

  interface IndexedAction<T> {
    void accept(T item, int index);
  }

  static <T> void forEach(List<T> items, IndexedAction<T> action) {
    for (int i = 0; i < items.size(); i++) {
      action.accept(items.get(i), i);
    }
  }
}
