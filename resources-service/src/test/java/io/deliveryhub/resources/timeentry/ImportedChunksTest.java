package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deliveryhub.platform.events.AggregateChange;
import io.deliveryhub.platform.events.DomainEvent;
import io.deliveryhub.platform.money.Money;
import io.deliveryhub.platform.outbox.EventSizeLimit;
import io.deliveryhub.resources.timeentry.ImportedChunks.ImportedChunk;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ImportedChunksTest {

    private static final ObjectMapper OUTBOX = new ObjectMapper();

    private static ImportedEntry longest(UUID project) {
        // every character of the longest external reference a control character: six bytes of JSON each
        return new ImportedEntry(UUID.randomUUID(), Long.MAX_VALUE, "updated", UUID.randomUUID(), project,
                LocalDate.of(2026, 3, 2), new BigDecimal("23.99"), true, TimeEntryStatus.SUBMITTED,
                Money.of(new BigDecimal("-9999999999.99"), "EUR"), true,
                new ExternalRef("\u0001".repeat(50), "\u0001".repeat(200)));
    }

    @Test
    void oneEventPerProjectAndChunkInTheOrderOfTheBatch() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        List<ImportedEntry> entries = IntStream.range(0, ImportedChunks.SIZE + 2)
                .mapToObj(i -> longest(i <= ImportedChunks.SIZE ? first : second)).toList();

        List<DomainEvent> events = ImportedChunks.events(entries, "timesheets", Instant.parse("2026-03-02T10:00:00Z"));

        assertThat(events).extracting(event -> state(event).get("projectId").asText())
                .containsExactly(first.toString(), first.toString(), second.toString());
        assertThat(events).extracting(event -> state(event).get("count").asInt()).containsExactly(500, 1, 1);
        assertThat(state(events.get(1)).at("/entries/0/id").asText())
                .isEqualTo(entries.get(ImportedChunks.SIZE).id().toString());
    }

    /** What the outbox writes of an event's state. */
    private static JsonNode state(DomainEvent event) {
        try {
            return OUTBOX.readTree(OUTBOX.writeValueAsString(event.payload())).get("state");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TimeEntryView view(UUID project, String hours, String cost, ExternalRef ref) {
        return new TimeEntryView(UUID.randomUUID(), UUID.randomUUID(), project, LocalDate.of(2026, 3, 2),
                new BigDecimal(hours), true, "not in events", ref, TimeEntryStatus.SUBMITTED,
                cost == null ? null : Money.of(new BigDecimal(cost), "EUR"), cost != null, null, null, null, 3,
                Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-02T10:00:00Z"));
    }

    /** The entry of an event as it was made before the state was written as text: its hours as the request had them. */
    private static ImportedEntry asBefore(TimeEntryView view) {
        return new ImportedEntry(view.id(), view.version(), "updated", view.personId(), view.projectId(), view.date(),
                view.hours(), view.billable(), view.status(), view.cost(), view.costed(), view.externalRef());
    }

    @Test
    void writesTheEventCharacterForCharacterAsTheTreeOfTheChunkDid() throws Exception {
        UUID project = UUID.randomUUID();
        List<TimeEntryView> views = List.of(view(project, "8", "480", new ExternalRef("harvest", "TE-1")),
                view(project, "7.50", "487.5", new ExternalRef("harvest", "TE-\"2\" ü\n\u0001 €")),
                view(project, "10", null, null), view(project, "0.25", "15.00", new ExternalRef("h", "TE-4")),
                view(project, "24.00", "1440.00", new ExternalRef("h", "TE-5")),
                view(project, "20", "1200", new ExternalRef("h", "TE-6")));
        List<ImportedEntry> entries = views.stream().map(view -> ImportedEntry.of(view, "updated")).toList();
        DomainEvent event = ImportedChunks.events(entries, "timesheets \"bulk\"", Instant.now()).get(0);
        ImportedChunk before = new ImportedChunk(UUID.fromString(event.subject()), project, views.size(),
                views.stream().map(ImportedChunksTest::asBefore).toList());

        String tree = OUTBOX.writeValueAsString(AggregateChange.created(1, "timesheets \"bulk\"", before));
        String written = OUTBOX.writeValueAsString(event.payload());

        assertThat(written).isEqualTo(tree).contains("\"hours\":7.5,", "\"hours\":8,", "\"amount\":\"487.50\"");
    }

    @Test
    void aFullChunkOfTheLongestEntriesStaysUnderTheEventSizeLimit() throws Exception {
        UUID project = UUID.randomUUID();
        List<ImportedEntry> entries = IntStream.range(0, ImportedChunks.SIZE).mapToObj(i -> longest(project)).toList();
        DomainEvent event = ImportedChunks.events(entries, "i".repeat(200), Instant.now()).get(0);

        long recordBytes = EventSizeLimit.recordBytes(OUTBOX.writeValueAsString(event.payload()), project.toString(),
                TimeEntryImport.IMPORTED, UUID.randomUUID().toString(), "resources-service");

        assertThat(recordBytes).isLessThanOrEqualTo(1024 * 1024);
    }
}
