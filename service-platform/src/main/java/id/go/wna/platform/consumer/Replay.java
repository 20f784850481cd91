package id.go.wna.platform.consumer;

import id.go.wna.platform.config.ReplaySettings;
import id.go.wna.platform.api.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds a service's read models from the start of its topics: empties the projection tables and the consumers'
 * inbox in one transaction, then moves the channels back to the earliest offset. Safe while events keep arriving:
 * the inbox makes every event count once, whether it was applied just before the reset or is read again after it.
 *
 * <p>Configured per service: {@code wna.replay.projection-tables}, {@code wna.replay.consumers} (inbox names),
 * {@code wna.replay.channels}. Resets the partitions this instance consumes: run one instance while replaying.
 */
@ApplicationScoped
public class Replay {

    private static final Logger LOG = Logger.getLogger(Replay.class);

    public record Result(List<String> clearedTables, List<String> consumers, List<String> rewoundPartitions) {
    }

    private final KafkaClientService kafka;
    private final EntityManager em;
    private final List<String> tables;
    private final List<String> consumers;
    private final List<String> channels;

    public Replay(KafkaClientService kafka, EntityManager em, ReplaySettings settings) {
        this.kafka = kafka;
        this.em = em;
        this.tables = settings.projectionTables().orElse(List.of());
        this.consumers = settings.consumers().orElse(List.of());
        this.channels = settings.channels().orElse(List.of());
        this.tables.forEach(t -> {
            if (!t.matches("[a-z_][a-z0-9_]*")) throw new IllegalArgumentException("not a table name: " + t);
        });
    }

    /**
     * Empties the read models and rewinds the consumers together, or changes nothing. In one transaction: it locks the
     * inbox (consumers wait for it, so none applies an event between the rewind and the commit and is then skipped),
     * empties the projection tables and the consumers' inbox rows, rewinds every channel's partitions held here to the
     * earliest offset, then commits. If a channel cannot be rewound the transaction rolls back: nothing was emptied,
     * and the consumers go on from where they were. If the commit failed after the rewind, the inbox still has every
     * event, so the records read again are all duplicates and change nothing.
     */
    public Result replayFromStart() {
        if (tables.isEmpty() || channels.isEmpty()) {
            throw ProblemException.conflict("this service keeps no read model that can be rebuilt from its topics; nothing was changed");
        }
        List<String> rewound = new ArrayList<>();
        try {
            QuarkusTransaction.requiringNew().timeout(120).run(() -> {
                em.createNativeQuery("LOCK TABLE processed_event IN EXCLUSIVE MODE").executeUpdate();
                em.createNativeQuery("TRUNCATE " + String.join(", ", tables)).executeUpdate();
                em.createNativeQuery("DELETE FROM processed_event WHERE consumer = ANY (CAST(?1 AS varchar[]))")
                        .setParameter(1, consumers.toArray(new String[0])).executeUpdate();
                em.flush();
                rewound.addAll(rewindAll());
            });
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Replay failed; nothing was emptied");
            throw new ProblemException(503, "replay-failed", "Replay could not start",
                    "the read models were not emptied and the consumers go on where they were: "
                            + RecordBytes.safeText(String.valueOf(rootMessage(e)), 500) + "; try again later", null);
        }
        LOG.warnf("Replay: cleared %s and the inbox of %s; rewound %s to the earliest offset", tables, consumers, rewound);
        return new Result(tables, consumers, rewound.stream().sorted().toList());
    }

    private List<String> rewindAll() {
        List<String> rewound = new ArrayList<>();
        for (String channel : channels) {
            List<KafkaConsumer<Object, Object>> held = kafka.<Object, Object>getConsumers(channel);
            if (held == null || held.isEmpty()) {
                throw ProblemException.conflict("channel " + channel + " has no consumer in this instance yet; nothing was changed, try again shortly");
            }
            for (KafkaConsumer<Object, Object> consumer : held) {
                Set<TopicPartition> assigned = consumer.getAssignments().await().atMost(Duration.ofSeconds(10));
                if (!assigned.isEmpty()) {
                    consumer.seekToBeginning(assigned).await().atMost(Duration.ofSeconds(10));
                }
                assigned.forEach(tp -> rewound.add(tp.topic() + "-" + tp.partition()));
            }
        }
        return rewound;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
