package io.planmon.task.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A numbered article of the plan: its heading sentence, verbatim, and the chapter it belongs to. */
@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {
    @Id
    public int number;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String titleEn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_number", nullable = false)
    public Chapter chapter;
}
