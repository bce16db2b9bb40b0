package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A body that can lead or cooperate on a task: a bureau, an area body, a Party body or a town. */
@Entity
@Table(name = "department")
public class Department extends PanacheEntityBase {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String nameEn;

    @Column(nullable = false)
    public String kind;
}
