package io.deliveryhub.resources.timeentry;

import static org.assertj.core.api.Assertions.assertThat;

import io.deliveryhub.resources.person.ActivePeriod;
import io.deliveryhub.resources.timeentry.TimeEntryRules.PersonOnFile;
import io.deliveryhub.resources.timeentry.TimeEntryRules.ProjectOnFile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImportCheckTest {

    private static final UUID PERSON = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final Map<String, TimeEntryRow> existing = new HashMap<>();
    private final DailyHours daily = new DailyHours();
    private final ImportCheck check = new ImportCheck(
            Map.of(PERSON, new PersonOnFile("Ann Lee", new ActivePeriod(null, null))),
            Map.of(PROJECT, new ProjectOnFile(PROJECT, "PAY", "ACTIVE", false)), existing, daily);

    private static ImportItem item(int index, LocalDate date, String hours, String ref) {
        return new ImportItem(index, new TimeEntryRequest(PERSON, PROJECT, date, new BigDecimal(hours), null, null,
                new ExternalRef("harvest", ref)));
    }

    private void stored(ImportItem item, TimeEntryStatus status) {
        TimeEntryRequest entry = item.entry();
        existing.put(item.ref(), new TimeEntryRow(UUID.randomUUID(), PERSON, PROJECT, entry.date(), entry.hours(), true,
                null, "harvest", entry.externalRef().id(), status, null, 1, Instant.EPOCH));
        if (status != TimeEntryStatus.REJECTED) {
            daily.add(PERSON, entry.date(), entry.hours());
        }
    }

    @Test
    void eachItemCountsTheHoursOfTheItemsAcceptedBeforeIt() {
        ImportReport.Result[] results = new ImportReport.Result[3];
        List<ImportCheck.Accepted> accepted = check.check(List.of(item(0, DAY, "16", "a"), item(1, DAY, "9", "b"),
                item(2, DAY, "8", "c")), results);

        assertThat(accepted).extracting(a -> a.item().index()).containsExactly(0, 2);
        assertThat(results[1].status()).isEqualTo("rejected");
        assertThat(results[1].reason()).startsWith("The person would have 25 h on 2026-03-02 (16 h already logged)");
    }

    @Test
    void anItemThatSaysWhatIsStoredIsUnchanged() {
        ImportItem same = item(0, DAY, "8", "a");
        stored(same, TimeEntryStatus.APPROVED);
        ImportReport.Result[] results = new ImportReport.Result[1];

        assertThat(check.check(List.of(same), results)).isEmpty();
        assertThat(results[0]).isEqualTo(new ImportReport.Result(0, "unchanged", null,
                existing.get(same.ref()).id()));
    }

    @Test
    void anUpdatedEntryNoLongerCountsItsOldHoursAndARefusedOneStillDoes() {
        stored(item(0, DAY, "20", "a"), TimeEntryStatus.SUBMITTED);
        ImportReport.Result[] results = new ImportReport.Result[2];

        List<ImportCheck.Accepted> accepted = check.check(List.of(item(0, DAY, "24", "a"), item(1, DAY, "1", "b")),
                results);

        assertThat(accepted).singleElement().satisfies(a -> assertThat(a.old()).isNotNull());
        assertThat(results[1].reason()).contains("(24 h already logged)");
    }

    @Test
    void aRefusedChangeKeepsTheStoredHoursCounted() {
        stored(item(0, DAY, "20", "a"), TimeEntryStatus.SUBMITTED);
        daily.add(PERSON, DAY, new BigDecimal("3"));
        ImportReport.Result[] results = new ImportReport.Result[2];

        check.check(List.of(item(0, DAY, "22", "a"), item(1, DAY, "2", "b")), results);

        assertThat(results[0].reason()).contains("(3 h already logged)");
        assertThat(results[1].reason()).contains("(23 h already logged)");
    }

    @Test
    void anItemOnAnUnknownProjectIsRejectedWithTheSingleEntrysDetail() {
        ImportReport.Result[] results = new ImportReport.Result[1];
        UUID unknown = UUID.randomUUID();
        ImportItem elsewhere = new ImportItem(0, new TimeEntryRequest(PERSON, unknown, DAY, BigDecimal.ONE, null, null,
                new ExternalRef("harvest", "x")));

        assertThat(check.check(List.of(elsewhere), results)).isEmpty();
        assertThat(results[0]).isEqualTo(ImportReport.Result.rejected(0, "projectId " + unknown
                + " is not a known project: projects become known to resources-service from projects-service events"));
    }
}
