package io.deliveryhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectPeopleTest {

    private static final UUID PROJECT_MANAGER = UUID.randomUUID();
    private static final UUID DELIVERY_MANAGER = UUID.randomUUID();
    private static final UUID DELIVERY_LEAD = UUID.randomUUID();
    private final ProjectPeople people = new ProjectPeople(PROJECT_MANAGER, DELIVERY_MANAGER, DELIVERY_LEAD);

    @Test
    void namesItsProjectManagerDeliveryManagerAndDeliveryLead() {
        assertThat(people.names(PROJECT_MANAGER)).isTrue();
        assertThat(people.names(DELIVERY_MANAGER)).isTrue();
        assertThat(people.names(DELIVERY_LEAD)).isTrue();
        assertThat(people.names(UUID.randomUUID())).isFalse();
    }

    @Test
    void isManagedByItsProjectManagerAndDeliveryManagerOnly() {
        assertThat(people.managedBy(PROJECT_MANAGER)).isTrue();
        assertThat(people.managedBy(DELIVERY_MANAGER)).isTrue();
        assertThat(people.managedBy(DELIVERY_LEAD)).isFalse();
    }

    @Test
    void anEmptyPlaceNamesNobody() {
        ProjectPeople nobody = new ProjectPeople(null, null, null);
        assertThat(nobody.names(null)).isFalse();
        assertThat(nobody.managedBy(null)).isFalse();
        assertThat(nobody.names(UUID.randomUUID())).isFalse();
    }
}
