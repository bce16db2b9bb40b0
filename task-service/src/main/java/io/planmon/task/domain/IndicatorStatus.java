package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The latest status indicator-service announced for an indicator: what a task shows beside the codes it serves. */
@Entity
@Table(name = "indicator_status")
public class IndicatorStatus extends PanacheEntityBase {
    @Id
    public String indicatorCode;

    @Column(nullable = false)
    public String period;

    @Column(nullable = false)
    public String status;

    public String previousStatus;

    public String reason;

    @Column(nullable = false)
    public String eventId;

    @Column(nullable = false)
    public Instant receivedAt;

    /** The statuses of {@code codes}, in one query. */
    public static Map<String, IndicatorStatus> of(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        List<IndicatorStatus> found = list("indicatorCode in ?1", codes);
        return found.stream().collect(Collectors.toMap(s -> s.indicatorCode, Function.identity()));
    }
}
