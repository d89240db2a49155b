package io.deliveryhub.metrics.readmodel;

import io.deliveryhub.metrics.alert.AlertInputsChanged;
import io.deliveryhub.platform.events.IncomingEvent;
import io.deliveryhub.platform.events.IncomingEvent.MalformedEvent;
import io.deliveryhub.platform.failure.TransientFailures;
import io.deliveryhub.platform.inbox.Inbox;
import io.deliveryhub.platform.problem.Conflict;
import io.deliveryhub.platform.problem.NotFound;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Rebuilds every read model from the beginning of the topics that feed it: pauses the live channels, empties the
 * read models and forgets what their consumers handled (one transaction), replays each topic up to the end it has
 * once they are empty through the consumers' own handling (in batches), then resumes the live channels. The ends
 * are taken after the emptying, so an event the live channel applied just before it is replayed; what the live
 * channels redeliver afterwards is passed over by the inbox or the version guards.
 * <p>
 * One rebuild at a time whatever the number of replicas: the rebuild and its progress are kept in the database
 * ({@link Rebuilds}), where every replica looks every watch period; while one runs, every replica pauses its live
 * channels and evaluates no alerts, since half-replayed facts would resolve alerts that still hold, and confirms in the
 * database that it has. The rebuild empties the read models only once every replica seen in the last three watch
 * periods has confirmed; when one has not within the pause timeout, the rebuild fails with nothing emptied.
 */
@ApplicationScoped
public class ReadModelRebuild {

    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class);
    private static final int BATCH_SIZE = 500;
    // An import chunk is ~90 kB: 500 of them held at once would fill a small heap.
    private static final long BATCH_CHARS = 4_000_000;

    /** See {@link #emptyGivingWayToDeadlocks}: up to 4 more attempts. */
    private final Guard givingWayToDeadlocks = Guard.create()
            .withDescription("read-model rebuild: emptying the read models")
            .withRetry()
            .maxRetries(4)
            .delay(50, ChronoUnit.MILLIS)
            .jitter(25, ChronoUnit.MILLIS)
            .whenException(TransientFailures::isTransient)
            .beforeRetry(failure -> LOG.infof("emptying the read models gave way (%s); trying again",
                    TransientFailures.rootCause(failure)))
            .done()
            .build();

    private final Instance<ReadModel> readModels;
    private final Instance<ReadModelFeed> feeds;
    private final ChannelRegistry channels;
    private final EntityManager entityManager;
    private final Inbox inbox;
    private final Event<AlertInputsChanged> alertInputsChanged;
    private final Event<ReadModelsEmptied> readModelsEmptied;
    private final Clock clock;
    private final String bootstrapServers;
    private final Rebuilds rebuilds;
    private final Duration watchEvery;
    private final Duration pauseTimeout;
    /** This replica, as it beats in {@code metrics_replica} and confirms a rebuild's pause. */
    private final UUID replica = UUID.randomUUID();
    /** This replica's latest rebuild. */
    private final AtomicReference<Rebuild> current = new AtomicReference<>();
    /** The live channels paused for another replica's rebuild. */
    private final List<PausableChannel> pausedForOthers = new ArrayList<>();
    private volatile boolean runningElsewhere;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "read-model-rebuild");
        thread.setDaemon(true);
        return thread;
    });

    public ReadModelRebuild(Instance<ReadModel> readModels, Instance<ReadModelFeed> feeds, ChannelRegistry channels,
            EntityManager entityManager, Inbox inbox, Event<AlertInputsChanged> alertInputsChanged,
            Event<ReadModelsEmptied> readModelsEmptied, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092") String bootstrapServers,
            Rebuilds rebuilds, @ConfigProperty(name = "deliveryhub.metrics.rebuild.watch-every") Duration watchEvery,
            @ConfigProperty(name = "deliveryhub.metrics.rebuild.pause-timeout") Duration pauseTimeout) {
        this.readModels = readModels;
        this.feeds = feeds;
        this.channels = channels;
        this.entityManager = entityManager;
        this.inbox = inbox;
        this.alertInputsChanged = alertInputsChanged;
        this.readModelsEmptied = readModelsEmptied;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.rebuilds = rebuilds;
        this.watchEvery = watchEvery;
        this.pauseTimeout = pauseTimeout;
    }

    /**
     * Starts a rebuild in the background.
     *
     * @throws Conflict while another one runs, on any replica
     */
    // synchronized with the watch, which must never see this replica's new row without knowing it is its own
    public synchronized RebuildView start() {
        Rebuild rebuild = new Rebuild(clock.instant());
        QuarkusTransaction.requiringNew().run(() -> rebuilds.begin(rebuild.view()));
        current.set(rebuild);
        worker.execute(() -> run(rebuild));
        return rebuild.view();
    }

    /** A rebuild, whichever replica runs or ran it. */
    public RebuildView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> rebuilds.find(id))
                .orElseThrow(() -> new NotFound("Rebuild", id));
    }

    /** Whether a rebuild runs, here or (as of the last look) on another replica. */
    public boolean running() {
        return runningHere() || runningElsewhere;
    }

    /**
     * Whether a rebuild runs on any replica, asked of the database in the caller's transaction: for work that must not
     * judge half-emptied read models even in the moment before this replica's watch has seen a rebuild start.
     */
    public boolean runningAnywhere() {
        return runningHere() || rebuilds.anyRunning(clock.instant());
    }

    private boolean runningHere() {
        Rebuild rebuild = current.get();
        return rebuild != null && rebuild.running();
    }

    /**
     * Looks at the database for a rebuild another replica runs, and pauses this replica's live channels while it does
     * (resumed once it has ended, or once its replica has stopped beating); beats for the rebuild this replica runs.
     */
    @Scheduled(every = "${deliveryhub.metrics.rebuild.watch-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void watch() {
        Instant now = clock.instant();
        Rebuild here = current.get();
        boolean mine = here != null && here.running();
        Optional<UUID> running;
        try {
            running = QuarkusTransaction.requiringNew().call(() -> {
                rebuilds.seen(replica);
                if (mine) {
                    rebuilds.beat(here.id(), now);
                }
                return rebuilds.running(now);
            });
        } catch (RuntimeException databaseUnavailable) {
            // the channels stay as they are until the database answers again
            LOG.debugf("could not look for a rebuild: %s", databaseUnavailable.getMessage());
            return;
        }
        boolean elsewhere = running.isPresent() && !mine;
        // before the confirmation: from then on the read models may be emptied, and no sweep of this replica may start
        runningElsewhere = elsewhere;
        if (elsewhere && pausedForOthers.isEmpty()) {
            LOG.info("another replica rebuilds the read models: live channels paused until it has finished");
            pausedForOthers.addAll(pauseFeeds());
        }
        if (elsewhere) {
            confirmPause(running.get());
        } else if (!pausedForOthers.isEmpty()) {
            if (!mine) {
                pausedForOthers.forEach(PausableChannel::resume);
                LOG.info("the read models' rebuild has ended: live channels resumed");
            }
            // else this replica's own rebuild has paused them again, and resumes them when it ends
            pausedForOthers.clear();
        }
    }

    /** Tells the rebuilding replica, every watch period while paused, that it may empty the read models. */
    private void confirmPause(UUID rebuild) {
        try {
            QuarkusTransaction.requiringNew().run(() -> rebuilds.confirmPause(rebuild, replica));
        } catch (RuntimeException databaseUnavailable) {
            LOG.debugf("could not confirm the pause for rebuild %s: %s", rebuild, databaseUnavailable.getMessage());
        }
    }

    /**
     * Waits until every other replica seen lately has confirmed that it paused; the one that starts while this waits
     * sees the rebuild at its first watch.
     */
    private void awaitPauses(Rebuild rebuild) throws InterruptedException {
        Duration live = watchEvery.multipliedBy(3);
        long deadline = System.nanoTime() + pauseTimeout.toNanos();
        long waiting;
        while ((waiting = QuarkusTransaction.requiringNew().call(() -> rebuilds.unconfirmedPauses(rebuild.id(), replica,
                live))) > 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(waiting + " replica(s) did not confirm within " + pauseTimeout
                        + " that they paused for the rebuild; nothing was emptied");
            }
            TimeUnit.MILLISECONDS.sleep(Math.max(50, watchEvery.toMillis() / 4));
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        worker.shutdownNow();
    }

    private List<PausableChannel> pauseFeeds() {
        List<PausableChannel> paused = new ArrayList<>();
        for (ReadModelFeed feed : feeds) {
            PausableChannel channel = channels.getPausable(feed.channel());
            if (channel == null) {
                throw new IllegalStateException("channel " + feed.channel() + " cannot be paused: set mp.messaging"
                        + ".incoming." + feed.channel() + ".pausable=true");
            }
            channel.pause();
            paused.add(channel);
        }
        return paused;
    }

    private void run(Rebuild rebuild) {
        List<PausableChannel> paused = new ArrayList<>();
        try {
            paused.addAll(pauseFeeds());
            awaitPauses(rebuild);
            emptyGivingWayToDeadlocks();
            List<TopicReplay> replays = new ArrayList<>();
            try {
                for (ReadModelFeed feed : feeds) {
                    TopicReplay replay = TopicReplay.open(bootstrapServers, feed.topic());
                    replays.add(replay);
                    rebuild.toReplay(feed.topic(), replay.total());
                }
                record(rebuild);
                int next = 0;
                for (ReadModelFeed feed : feeds) {
                    replay(rebuild, feed, replays.get(next++));
                }
            } finally {
                replays.forEach(TopicReplay::close);
            }
            rebuild.completed(clock.instant());
            LOG.infof("read models rebuilt: %s", rebuild.view().topics());
        } catch (RuntimeException e) {
            LOG.errorf(e, "rebuild %s of the read models failed", rebuild.id());
            rebuild.failed(clock.instant(), e.getMessage());
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            rebuild.failed(clock.instant(), "the service stopped");
        } finally {
            try {
                record(rebuild);
            } catch (RuntimeException e) {
                LOG.errorf(e, "how rebuild %s of the read models ended could not be recorded; the other replicas "
                        + "resume once it has been silent for %s", rebuild.id(), Rebuilds.SILENT_FOR);
            }
            paused.forEach(PausableChannel::resume);
            alertInputsChanged.fire(new AlertInputsChanged());
        }
    }

    /**
     * TRUNCATE takes its tables' locks one after another, so a transaction that holds one of them and waits for
     * another (a scheduled sweep reading the read models, a poll applied just before the pause) is a deadlock, which
     * PostgreSQL ends by failing one side; when that side is the emptying, it is tried again, as nothing was done.
     */
    private void emptyGivingWayToDeadlocks() {
        givingWayToDeadlocks.get(() -> {
            QuarkusTransaction.requiringNew().run(this::empty);
            return null;
        }, Void.class);
    }

    private void empty() {
        List<String> tables = readModels.stream().flatMap(model -> model.tables().stream()).toList();
        if (!tables.isEmpty()) {
            // One statement for all: TRUNCATE of several tables honours the foreign keys between them.
            entityManager.createNativeQuery("truncate table " + String.join(", ", tables)).executeUpdate();
        }
        List<String> consumers = feeds.stream().map(ReadModelFeed::inboxConsumer).toList();
        entityManager.createNativeQuery("delete from inbox where consumer in (:consumers)")
                .setParameter("consumers", consumers).executeUpdate();
        readModelsEmptied.fire(new ReadModelsEmptied());
    }

    /**
     * Applies the records in batches, each batch in one transaction (one per record, as the live channel does, would
     * make a rebuild of millions of records take hours). A batch that fails, on a malformed record or anything else,
     * is applied again record by record, so one bad record costs only itself, as in the live channel.
     */
    private void replay(Rebuild rebuild, ReadModelFeed feed, TopicReplay replay) {
        List<ConsumerRecord<String, String>> batch = new ArrayList<>(BATCH_SIZE);
        long[] chars = { 0 };
        replay.forEach(record -> {
            batch.add(record);
            chars[0] += record.value() == null ? 0 : record.value().length();
            if (batch.size() == BATCH_SIZE || chars[0] >= BATCH_CHARS) {
                applyBatch(rebuild, feed, replay.topic(), batch);
                batch.clear();
                chars[0] = 0;
            }
        });
        applyBatch(rebuild, feed, replay.topic(), batch);
    }

    private void applyBatch(Rebuild rebuild, ReadModelFeed feed, String topic,
            List<ConsumerRecord<String, String>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> batch.forEach(record -> handle(feed, record)));
            rebuild.replayed(topic, batch.size());
        } catch (RuntimeException batchFailed) {
            for (ConsumerRecord<String, String> record : batch) {
                try {
                    QuarkusTransaction.requiringNew().run(() -> handle(feed, record));
                    rebuild.replayed(topic, 1);
                } catch (MalformedEvent e) {
                    rebuild.skipped(topic);
                }
            }
        }
        record(rebuild);
    }

    private void record(Rebuild rebuild) {
        QuarkusTransaction.requiringNew().run(() -> rebuilds.record(rebuild.view(), clock.instant()));
    }

    /** What the live channel does, in the caller's transaction so that a batch shares one. */
    private void handle(ReadModelFeed feed, ConsumerRecord<String, String> record) {
        inbox.handleInCurrentTransaction(feed.inboxConsumer(), IncomingEvent.from(record), feed::apply);
    }
}
