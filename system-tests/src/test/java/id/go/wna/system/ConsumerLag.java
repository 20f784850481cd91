package id.go.wna.system;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * How far each service's consumer group is behind, read from the broker as an operator would with
 * {@code kafka-consumer-groups --describe}: the group's committed offset against the end of each partition it reads
 * (group id = the service's name). A partition the group never committed counts from 0.
 */
final class ConsumerLag {

    private ConsumerLag() {
    }

    /** Lag by "service topic/partition", only the partitions that are behind; empty when every consumer caught up. */
    static Map<String, Long> behind(Map<String, Object> client) {
        Map<String, List<String>> topicsOfGroup = new TreeMap<>();
        MalformedRecords.CONSUMERS.forEach((topic, services) ->
                services.forEach(s -> topicsOfGroup.computeIfAbsent(s, k -> new ArrayList<>()).add(topic)));
        Map<String, Long> behind = new TreeMap<>();
        Map<String, Object> config = new HashMap<>(client);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(config)) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription d : admin.describeTopics(MalformedRecords.TOPICS).allTopicNames().get(15, TimeUnit.SECONDS).values()) {
                d.partitions().forEach(p -> latest.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest()));
            }
            Map<TopicPartition, Long> ends = new HashMap<>();
            admin.listOffsets(latest).all().get(15, TimeUnit.SECONDS).forEach((tp, info) -> ends.put(tp, info.offset()));
            for (Map.Entry<String, List<String>> group : topicsOfGroup.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.getKey())
                        .partitionsToOffsetAndMetadata().get(15, TimeUnit.SECONDS);
                ends.forEach((tp, end) -> {
                    if (!group.getValue().contains(tp.topic())) {
                        return;
                    }
                    OffsetAndMetadata c = committed.get(tp);
                    long lag = end - (c == null ? 0 : c.offset());
                    if (lag > 0) {
                        behind.put(group.getKey() + " " + tp.topic() + "/" + tp.partition(), lag);
                    }
                });
            }
        } catch (Exception e) {
            behind.put("(broker not answering: " + e + ")", -1L);
        }
        return behind;
    }
}
