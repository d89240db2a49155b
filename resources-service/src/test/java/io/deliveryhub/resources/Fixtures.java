package io.deliveryhub.resources;

import io.deliveryhub.resources.person.Person;
import io.deliveryhub.resources.project.KnownProject;
import io.deliveryhub.resources.skill.PersonSkill;
import io.deliveryhub.resources.skill.Skill;
import io.deliveryhub.resources.timeoff.TimeOff;
import io.deliveryhub.resources.timeoff.TimeOffType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Test data written straight into the tables other features own (people, skills, time off, known projects),
 * so allocation and matching tests do not depend on those features' HTTP APIs.
 */
public final class Fixtures {

    public static final LocalDate MONDAY = LocalDate.of(2026, 3, 2); // 2026-W10

    private Fixtures() {
    }

    public static UUID person(int capacityHoursPerWeek) {
        return person("Person " + UUID.randomUUID(), capacityHoursPerWeek, "Developer", "Engineering");
    }

    public static UUID person(String name, int capacityHoursPerWeek, String title, String practice) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Person person = new Person();
            person.stampCreated(Instant.now());
            person.name = name;
            person.email = person.id + "@example.com";
            person.title = title;
            person.practice = practice;
            person.capacityHoursPerWeek = BigDecimal.valueOf(capacityHoursPerWeek);
            person.persist();
            return person.id;
        });
    }

    public static void leaves(UUID personId, LocalDate from, LocalDate to, int hoursPerDay) {
        QuarkusTransaction.requiringNew().run(() -> {
            TimeOff timeOff = new TimeOff();
            timeOff.stampCreated(Instant.now());
            timeOff.personId = personId;
            timeOff.fromDate = from;
            timeOff.toDate = to;
            timeOff.type = TimeOffType.VACATION;
            timeOff.hoursPerDay = BigDecimal.valueOf(hoursPerDay);
            timeOff.persist();
        });
    }

    public static UUID skill(String name) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Skill skill = new Skill();
            skill.stampCreated(Instant.now());
            skill.name = name;
            skill.persist();
            return skill.id;
        });
    }

    public static void masters(UUID personId, UUID skillId, int level) {
        QuarkusTransaction.requiringNew().run(() -> {
            PersonSkill personSkill = new PersonSkill();
            personSkill.stampCreated(Instant.now());
            personSkill.personId = personId;
            personSkill.skillId = skillId;
            personSkill.level = level;
            personSkill.persist();
        });
    }

    /** A project as if announced by projects-service (the consumer itself is tested in KnownProjectsTest). */
    public static UUID project(String status) {
        return project(status, null, null);
    }

    public static UUID project(String status, String practice, BigDecimal probability) {
        return QuarkusTransaction.requiringNew().call(() -> {
            KnownProject project = new KnownProject();
            project.id = UUID.randomUUID();
            project.key = "T" + project.id.toString().substring(0, 8).toUpperCase();
            project.name = "Project " + project.key;
            project.status = status;
            project.practice = practice;
            project.probability = probability;
            project.version = 1;
            project.updatedAt = Instant.now();
            project.persist();
            return project.id;
        });
    }
}
