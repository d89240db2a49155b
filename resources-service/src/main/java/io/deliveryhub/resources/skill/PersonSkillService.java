package io.deliveryhub.resources.skill;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.resources.ResourcesTopic;
import io.deliveryhub.resources.person.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
public class PersonSkillService {

    static final String SKILL_SET = "deliveryhub.person-skill.set.v1";
    static final String SKILL_REMOVED = "deliveryhub.person-skill.removed.v1";

    /** The outcome of a PUT: the skill as it now stands and whether the person did not have it before. */
    public record Outcome(PersonSkillView skill, boolean created) {
    }

    private final Outbox outbox;
    private final SkillService catalogue;
    private final Clock clock;

    public PersonSkillService(Outbox outbox, SkillService catalogue, Clock clock) {
        this.outbox = outbox;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    public List<PersonSkillView> list(UUID personId) {
        requirePerson(personId, false);
        List<PersonSkill> held = PersonSkill.list("personId", personId);
        Map<UUID, String> names = held.isEmpty() ? Map.of()
                : Skill.<Skill> list("id in ?1", held.stream().map(s -> s.skillId).toList()).stream()
                        .collect(Collectors.toMap(s -> s.id, s -> s.name));
        return held.stream().map(s -> PersonSkillView.of(s, names.get(s.skillId)))
                .sorted(Comparator.comparing(PersonSkillView::skillName)).toList();
    }

    @Transactional
    public Outcome set(UUID personId, UUID skillId, PersonSkillRequest request, String actor) {
        requirePerson(personId, true);
        Skill skill = catalogue.find(skillId);
        BigDecimal years = request.years() == null ? null : request.years().setScale(1, RoundingMode.HALF_EVEN);
        PersonSkill held = PersonSkill.<PersonSkill> find("personId = ?1 and skillId = ?2", personId, skillId)
                .firstResultOptional().orElse(null);
        if (held == null) {
            held = new PersonSkill();
            held.stampCreated(clock.instant());
            held.personId = personId;
            held.skillId = skillId;
            held.level = request.level();
            held.years = years;
            held.persist();
            PersonSkillView view = PersonSkillView.of(held, skill.name);
            outbox.publish(ResourcesTopic.event(SKILL_SET, personId, held.id, held.updatedAt,
                    AggregateChange.created(held.version, actor, view)));
            return new Outcome(view, true);
        }
        PersonSkillView before = PersonSkillView.of(held, skill.name);
        if (held.level == request.level() && Objects.equals(held.years, years)) {
            return new Outcome(before, false);
        }
        held.level = request.level();
        held.years = years;
        held.stampChanged(clock.instant());
        PersonSkillView after = PersonSkillView.of(held, skill.name);
        outbox.publish(ResourcesTopic.event(SKILL_SET, personId, held.id, held.updatedAt,
                AggregateChange.updated(held.version, actor, before, after)));
        return new Outcome(after, false);
    }

    @Transactional
    public void remove(UUID personId, UUID skillId, String actor) {
        requirePerson(personId, true);
        PersonSkill held = PersonSkill.<PersonSkill> find("personId = ?1 and skillId = ?2", personId, skillId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> new NotFound("Skill of person " + personId + ":", skillId));
        Skill skill = catalogue.find(skillId);
        PersonSkillView before = PersonSkillView.of(held, skill.name);
        held.stampChanged(clock.instant());
        outbox.publish(ResourcesTopic.event(SKILL_REMOVED, personId, held.id, held.updatedAt,
                AggregateChange.updated(held.version, actor, before, PersonSkillView.of(held, skill.name))));
        held.delete();
    }

    /** Writers lock the person so that two edits of one person's skills never interleave. */
    private static void requirePerson(UUID personId, boolean lock) {
        var person = lock ? Person.findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE)
                : Person.findByIdOptional(personId);
        if (person.isEmpty()) {
            throw new NotFound("Person", personId);
        }
    }
}
