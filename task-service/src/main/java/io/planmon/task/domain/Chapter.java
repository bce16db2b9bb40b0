package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the plan's 13 chapters; the text has no headings, so names are derived (see V2__plan_articles.sql). */
@Entity
@Table(name = "chapter")
public class Chapter extends PanacheEntityBase {
    @Id
    public int number;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String nameEn;
}
