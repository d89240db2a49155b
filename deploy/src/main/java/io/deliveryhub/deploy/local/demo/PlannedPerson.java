package io.deliveryhub.deploy.local.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * Someone on the demo firm's staff.
 *
 * @param role      the person role their own token would carry (HEAD_OF_DELIVERY ... TEAM_MEMBER)
 * @param raiseFrom when their second, higher rate takes effect; {@code null}: one rate only
 * @param skills    skill name to level 1–5
 */
record PlannedPerson(int index, String name, String email, String role, String title, String practice,
        String location, int capacityHoursPerWeek, LocalDate activeFrom, BigDecimal costRate, BigDecimal billRate,
        LocalDate raiseFrom, Map<String, Integer> skills) {

    static final BigDecimal RAISE = new BigDecimal("1.06");

    boolean is(String someRole) {
        return role.equals(someRole);
    }
}
