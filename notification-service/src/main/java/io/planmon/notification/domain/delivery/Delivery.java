package io.planmon.notification.domain.delivery;

import io.planmon.notification.domain.IdentityEntity;
import io.planmon.notification.domain.alert.Change;
import io.planmon.notification.domain.routing.ReceiverKind;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One notification to one receiver: its exact payload is stored so that a retry sends the same bytes. */
@Entity
@Table(name = "delivery")
public class Delivery extends IdentityEntity {
    /** Null for a digest, which covers many alerts. */
    public Long alertId;

    /** Null once the receiver was removed. */
    public Long receiverId;

    @Column(nullable = false)
    public String receiverName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReceiverKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Change change;

    @Column(nullable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(nullable = false)
    public Instant nextAttemptAt;

    public String lastError;

    @Column(nullable = false)
    public Instant createdAt;

    public Instant deliveredAt;

    /** While an attempt is under way: no other worker claims the row before this (database time). */
    public Instant lockedUntil;

    /** The attempt that holds the lease; only it may record its outcome. */
    public String claimToken;

    @OneToMany(mappedBy = "deliveryId", cascade = CascadeType.PERSIST)
    @OrderBy("attempt")
    public List<DeliveryAttempt> log = new ArrayList<>();
}
