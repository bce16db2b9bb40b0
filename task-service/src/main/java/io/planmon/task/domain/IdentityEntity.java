package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * The id every entity of this service has: a bigint identity column named {@code id}, numbered by the database on
 * insert. Written once here rather than in each entity (Panache's own {@code PanacheEntity} uses a sequence, which the
 * schema does not have).
 */
@MappedSuperclass
public abstract class IdentityEntity extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
}
