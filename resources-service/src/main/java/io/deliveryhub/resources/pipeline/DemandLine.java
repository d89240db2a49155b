package io.deliveryhub.resources.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One line of a CRM opportunity's role demand, as the project's events carry it in {@code state.demand}. */
public record DemandLine(String id, String role, List<Skill> skills, BigDecimal hoursPerWeek, LocalDate from,
        LocalDate to) {

    public record Skill(String skill, int minLevel) {
    }

    /** The role a request opened for this line asks for: the role, or else the skills it names; 100 characters at most. */
    public String requestRole() {
        String named = role != null ? role : String.join(", ", skills.stream().map(Skill::skill).toList());
        return named.length() <= 100 ? named : named.substring(0, 100);
    }

    /**
     * The lines of a project's state; none when it carries no {@code demand} (events published before the field).
     * projects-service checks them, so a line it could not have written makes the whole event malformed.
     */
    static List<DemandLine> of(JsonNode demand, ObjectMapper json) {
        List<DemandLine> lines = new ArrayList<>();
        if (demand == null || demand.isNull()) {
            return lines;
        }
        for (JsonNode node : demand) {
            DemandLine line;
            try {
                line = json.treeToValue(node, DemandLine.class);
            } catch (Exception unreadable) {
                throw new MalformedEvent("state.demand holds a line that is not a demand line: " + node);
            }
            if (line.id() == null || line.hoursPerWeek() == null || line.from() == null || line.to() == null
                    || line.to().isBefore(line.from()) || (line.role() == null && (line.skills() == null
                            || line.skills().isEmpty()))) {
                throw new MalformedEvent("state.demand holds an incomplete line: " + node);
            }
            lines.add(line.skills() == null ? new DemandLine(line.id(), line.role(), List.of(), line.hoursPerWeek(),
                    line.from(), line.to()) : line);
        }
        return lines;
    }
}
