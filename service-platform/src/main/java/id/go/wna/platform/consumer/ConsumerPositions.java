package id.go.wna.platform.consumer;

import id.go.wna.platform.events.KafkaAdmin;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Where each of this service's consumers stands in each partition of its topics, as the broker sees it (the consumer
 * group's committed offset, the partition's end offset, hence the lag) joined with what this instance is doing
 * ({@link ConsumerProgress}). Read at most every few seconds (probes, scrapes and the admin API share the figures);
 * while the broker is unreachable, the last figures are kept and marked as such.
 */
@ApplicationScoped
public class ConsumerPositions {

    /** One consumer's partition: positions, lag and what this instance is doing there. */
    public record Position(String consumer, String channel, String topic, int partition, Long committedOffset,
                           Long processedPosition, Long endOffset, Long lag, Instant lastProgressAt, Long inFlightOffset,
                           Instant inFlightSince, Integer attempts, String waitingFor, String lastError) {
    }

    /** The figures, when they were read, and whether the broker answered then. */
    public record Snapshot(Instant readAt, boolean brokerReachable, String brokerError, List<Position> positions) {
    }

    /** A channel of this service: its consumer name in the inbox and dead letters, its topic and group. */
    public record Channel(String name, String consumer, String topic, String group) {
    }

    private static final Duration FRESH_FOR = Duration.ofSeconds(3);

    private final KafkaAdmin kafka;
    private final ConsumerProgress progress;
    private final MeterRegistry metrics;
    private final List<Channel> channels;
    private final Set<TopicPartition> gauged = ConcurrentHashMap.newKeySet();
    private volatile Snapshot last;

    public ConsumerPositions(KafkaAdmin kafka, ConsumerProgress progress, MeterRegistry metrics, Config config,
                             @ConfigProperty(name = "quarkus.application.name") String application) {
        this.kafka = kafka;
        this.progress = progress;
        this.metrics = metrics;
        this.channels = channelsOf(config, application);
        this.last = new Snapshot(Instant.EPOCH, false, "not read yet", List.of());
    }

    /** The channel whose consumer name is {@code consumer}, if any. */
    public java.util.Optional<Channel> channelOf(String consumer) {
        return channels.stream().filter(c -> c.consumer().equals(consumer)).findFirst();
    }

    /** The figures, read anew when the last ones are older than a few seconds. */
    public synchronized Snapshot snapshot() {
        if (Duration.between(last.readAt(), Instant.now()).compareTo(FRESH_FOR) > 0) {
            last = read();
        }
        return last;
    }

    private Snapshot read() {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, Long> ends = new HashMap<>();
        Map<TopicPartition, Long> starts = new HashMap<>();
        Map<String, List<Integer>> partitionsByTopic = new TreeMap<>();
        boolean reachable = true;
        String error = null;
        try {
            Admin admin = kafka.client();
            Set<String> topics = channels.stream().map(Channel::topic).collect(Collectors.toSet());
            Map<String, TopicDescription> described = admin.describeTopics(topics).allTopicNames().get(3, TimeUnit.SECONDS);
            described.forEach((topic, d) -> partitionsByTopic.put(topic,
                    d.partitions().stream().map(p -> p.partition()).sorted().toList()));
            List<TopicPartition> all = new ArrayList<>();
            partitionsByTopic.forEach((t, ps) -> ps.forEach(p -> all.add(new TopicPartition(t, p))));
            Map<TopicPartition, OffsetSpec> latest = all.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()));
            Map<TopicPartition, OffsetSpec> earliest = all.stream().collect(Collectors.toMap(tp -> tp, tp -> OffsetSpec.earliest()));
            admin.listOffsets(latest).all().get(3, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            admin.listOffsets(earliest).all().get(3, TimeUnit.SECONDS).forEach((tp, info) -> starts.put(tp, info.offset()));
            for (String group : channels.stream().map(Channel::group).collect(Collectors.toSet())) {
                Map<TopicPartition, OffsetAndMetadata> offsets =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(3, TimeUnit.SECONDS);
                offsets.forEach((tp, o) -> {
                    if (o != null) {
                        committed.put(tp, o.offset());
                    }
                });
            }
        } catch (Exception e) {
            reachable = false;
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            // Keep what the broker said last; this instance's own progress is still current.
            last.positions().forEach(p -> {
                TopicPartition tp = new TopicPartition(p.topic(), p.partition());
                partitionsByTopic.computeIfAbsent(p.topic(), t -> new ArrayList<>());
                if (!partitionsByTopic.get(p.topic()).contains(p.partition())) {
                    List<Integer> ps = new ArrayList<>(partitionsByTopic.get(p.topic()));
                    ps.add(p.partition());
                    partitionsByTopic.put(p.topic(), ps);
                }
                if (p.committedOffset() != null) committed.put(tp, p.committedOffset());
                if (p.endOffset() != null) ends.put(tp, p.endOffset());
            });
        }
        List<Position> positions = new ArrayList<>();
        for (Channel channel : channels) {
            List<Integer> ps = new ArrayList<>(partitionsByTopic.getOrDefault(channel.topic(), List.of()));
            if (!reachable) {
                // Without the broker's list, the partitions this instance has consumed from.
                progress.partitions().stream().filter(p -> p.consumer.equals(channel.consumer()) && p.topic.equals(channel.topic()))
                        .map(p -> p.partition).filter(p -> !ps.contains(p)).forEach(ps::add);
            }
            ps.sort(Comparator.naturalOrder());
            for (int partition : ps) {
                TopicPartition tp = new TopicPartition(channel.topic(), partition);
                ConsumerProgress.Partition here = progress.find(channel.consumer(), channel.topic(), partition);
                Long processed = here == null || here.position() < 0 ? null : here.position();
                Long committedOffset = committed.get(tp);
                Long end = ends.get(tp);
                long from = Math.max(committedOffset == null ? starts.getOrDefault(tp, 0L) : committedOffset,
                        processed == null ? 0 : processed);
                Long lag = end == null ? null : Math.max(0, end - from);
                positions.add(new Position(channel.consumer(), channel.name(), channel.topic(), partition, committedOffset,
                        processed, end, lag, here == null ? null : here.lastProgressAt(),
                        here == null ? null : here.inFlightOffset(), here == null ? null : here.inFlightSince(),
                        here == null || here.inFlightOffset() == null ? null : here.attempts(),
                        here == null ? null : here.waitingFor(), here == null ? null : here.lastError()));
                gauge(channel, tp);
            }
        }
        return new Snapshot(Instant.now(), reachable, error, positions);
    }

    private void gauge(Channel channel, TopicPartition tp) {
        if (gauged.add(tp)) {
            Gauge.builder("wna.consumer.lag", this, self -> self.lagOf(channel.consumer(), tp))
                    .description("Records of the partition the consumer has not finished yet (end offset - position)")
                    .tags(Tags.of("consumer", channel.consumer(), "topic", tp.topic(), "partition", String.valueOf(tp.partition())))
                    .register(metrics);
        }
    }

    private double lagOf(String consumer, TopicPartition tp) {
        return snapshot().positions().stream()
                .filter(p -> p.consumer().equals(consumer) && p.topic().equals(tp.topic()) && p.partition() == tp.partition())
                .map(Position::lag).filter(java.util.Objects::nonNull).findFirst().map(Long::doubleValue).orElse(Double.NaN);
    }

    private static List<Channel> channelsOf(Config config, String application) {
        String prefix = "mp.messaging.incoming.";
        List<Channel> found = new ArrayList<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(prefix) && name.endsWith(".topic")) {
                String channel = name.substring(prefix.length(), name.length() - ".topic".length());
                if (channel.contains(".")) {
                    continue;
                }
                String topic = config.getValue(name, String.class);
                String group = config.getOptionalValue(prefix + channel + ".group.id", String.class).orElse(application);
                found.add(new Channel(channel, application + "." + channel, topic, group));
            }
        }
        found.sort(Comparator.comparing(Channel::name));
        return List.copyOf(found);
    }
}
