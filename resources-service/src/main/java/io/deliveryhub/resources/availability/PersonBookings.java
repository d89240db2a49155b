package io.deliveryhub.resources.availability;

import java.util.ArrayList;
import java.util.List;

/** A person's active allocations over some period, split by booking. */
public record PersonBookings(List<BookedHours> hard, List<BookedHours> soft) {

    public static PersonBookings none() {
        return new PersonBookings(List.of(), List.of());
    }

    static PersonBookings empty() {
        return new PersonBookings(new ArrayList<>(), new ArrayList<>());
    }
}
