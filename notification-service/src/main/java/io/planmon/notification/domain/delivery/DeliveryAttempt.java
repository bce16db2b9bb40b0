package io.planmon.notification.domain.delivery;

import io.planmon.notification.domain.IdentityEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One try of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttempt extends IdentityEntity {
    @Column(nullable = false)
    public Long deliveryId;

    @Column(nullable = false)
    public int attempt;

    @Column(nullable = false)
    public Instant attemptedAt;

    @Column(nullable = false)
    public boolean success;

    public Integer httpStatus;

    public String error;
}
