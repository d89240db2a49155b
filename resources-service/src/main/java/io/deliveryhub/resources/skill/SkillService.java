package io.deliveryhub.resources.skill;

import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.outbox.Outbox;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.deliveryhub.platform.web.PageRequest;
import io.deliveryhub.platform.web.ResultPage;
import io.deliveryhub.resources.ResourcesTopic;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SkillService {

    static final String SKILL_CREATED = "deliveryhub.skill.created.v1";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "category", "category");

    private final Outbox outbox;
    private final Clock clock;

    public SkillService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public SkillView create(SkillRequest request, String actor) {
        String name = request.name().strip();
        if (Skill.count("lower(name) = ?1", name.toLowerCase()) > 0) {
            throw new Conflict("duplicate-skill", "The catalogue already has a skill named " + name
                    + " (names are unique whatever their case); use that one");
        }
        Skill skill = new Skill();
        skill.stampCreated(clock.instant());
        skill.name = name;
        skill.category = request.category();
        skill.description = request.description();
        skill.persist();
        SkillView view = SkillView.of(skill);
        outbox.publish(ResourcesTopic.event(SKILL_CREATED, skill.id, skill.id, skill.createdAt,
                AggregateChange.created(skill.version, actor, view)));
        return view;
    }

    public SkillView get(UUID id) {
        return SkillView.of(find(id));
    }

    public Skill find(UUID id) {
        return Skill.<Skill> findByIdOptional(id).orElseThrow(() -> new NotFound("Skill", id));
    }

    /** The catalogue skill with this id, if there is one. */
    public Optional<SkillView> byId(UUID id) {
        return Skill.<Skill> findByIdOptional(id).map(SkillView::of);
    }

    /** The catalogue skill of this name, whatever its case, if there is one. */
    public Optional<SkillView> byName(String name) {
        return Skill.<Skill> find("lower(name) = ?1", name.strip().toLowerCase()).firstResultOptional()
                .map(SkillView::of);
    }

    /** The names of the catalogue skills among these ids. */
    public Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            Skill.<Skill> list("id in ?1", new HashSet<>(ids)).forEach(skill -> names.put(skill.id, skill.name));
        }
        return names;
    }

    public ResultPage<SkillView> list(PageRequest page, String q, String category) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (q != null && !q.isBlank()) {
            conditions.add("lower(name) like :q");
            parameters.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        if (category != null && !category.isBlank()) {
            conditions.add("lower(category) = :category");
            parameters.and("category", category.strip().toLowerCase());
        }
        var sort = page.toSort(SORTABLE, "name");
        var query = conditions.isEmpty() ? Skill.<Skill> findAll(sort)
                : Skill.<Skill> find(String.join(" and ", conditions), sort, parameters);
        return ResultPage.of(query, page, SkillView::of);
    }
}
