package io.pulse.alerts.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka topic of alert events that a Flink streaming job publishes ({@code
 * pulse.alert-topic.*}; docs/scale-out.md). Off while {@code bootstrap-servers} is empty.
 *
 * @param bootstrapServers Kafka brokers, e.g. {@code kafka:9092}; empty: no topic is read
 * @param name the topic
 * @param groupId consumer group of the server instances (one of them handles each event)
 */
@ConfigurationProperties("pulse.alert-topic")
record AlertTopicProperties(
    @DefaultValue("") String bootstrapServers,
    @DefaultValue("pulse.alerts") String name,
    @DefaultValue("pulse-server") String groupId) {}
