package io.planmon.kit.inbox;

import io.smallrye.reactive.messaging.ClientCustomizer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Makes every Kafka consumer of the service a static member of its group, named after the instance, with a short
 * session timeout. A crashed instance that comes back under the same name takes over its old partitions at once
 * instead of waiting for the dead member's session to expire (Kafka's default 45 s); one that does not come back
 * (a replaced pod) holds its partitions only for the short session timeout. Why: docs/architecture.md.
 */
@ApplicationScoped
public class GroupMembership implements ClientCustomizer<Map<String, Object>> {
    private static final Logger LOG = Logger.getLogger(GroupMembership.class);

    private final Optional<String> instanceId;
    private final Duration sessionTimeout;

    public GroupMembership(
            @ConfigProperty(name = "planmon.instance-id") Optional<String> instanceId,
            @ConfigProperty(name = "planmon.consumers.session-timeout", defaultValue = "10s") Duration sessionTimeout) {
        this.instanceId = instanceId.map(String::strip).filter(id -> !id.isEmpty());
        this.sessionTimeout = sessionTimeout;
    }

    @Override
    public Map<String, Object> customize(String channel, Config channelConfig, Map<String, Object> config) {
        if (!config.containsKey(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG)) {
            return config; // a producer (a sink or a dead-letter topic): no group
        }
        Map<String, Object> customized = new HashMap<>(config);
        customized.putIfAbsent(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) sessionTimeout.toMillis());
        // The broker expects a heartbeat well within the session: a third of it, as Kafka's own defaults do.
        customized.putIfAbsent(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, (int) sessionTimeout.toMillis() / 3);
        if (instanceId.isPresent() && !customized.containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)) {
            // The client id is unique per consumer within the process (SmallRye names it after the channel), the
            // instance id per process within the group: two members may never share a static id.
            String member = instanceId.get() + "-" + customized.get(ConsumerConfig.CLIENT_ID_CONFIG);
            customized.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, member);
            LOG.infof(
                    "channel %s joins group %s as static member %s (session timeout %s)",
                    channel, customized.get(ConsumerConfig.GROUP_ID_CONFIG), member, sessionTimeout);
        } else if (instanceId.isEmpty()) {
            LOG.infof(
                    "channel %s joins group %s as a dynamic member: no planmon.instance-id (PLANMON_INSTANCE_ID or"
                            + " HOSTNAME); after a crash its partitions wait up to the session timeout, %s",
                    channel, customized.get(ConsumerConfig.GROUP_ID_CONFIG), sessionTimeout);
        }
        return customized;
    }
}
