package io.planmon.task.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.hibernate.annotations.SortNatural;

/** A commitment of the plan: who leads it, who cooperates, when it is due, how far it is and where it stands. */
@Entity
@Table(name = "task")
public class Task extends IdentityEntity {
    @Column(nullable = false, updatable = false)
    public String code;

    @Column(name = "article_number", nullable = false)
    public int article;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String titleEn;

    /** The sentence of the plan the task comes from, verbatim. */
    public String planSentence;

    @Column(nullable = false)
    public String leadDepartment;

    @ElementCollection
    @CollectionTable(name = "task_co_department", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "department_code")
    @SortNatural
    public SortedSet<String> coDepartments = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Assignment assignment;

    @Column(name = "start_date", nullable = false)
    public LocalDate start;

    @Column(name = "due_date", nullable = false)
    public LocalDate due;

    @Column(nullable = false)
    public int percent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status = TaskStatus.NOT_STARTED;

    public String statusReason;

    public Instant statusChangedAt;

    @Column(nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("due, id")
    public List<Milestone> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_indicator", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "indicator_code")
    @SortNatural
    public SortedSet<String> indicators = new TreeSet<>();

    /** Whether {@code department} leads or cooperates on this task: who may report its progress. */
    public boolean involves(String department) {
        return leadDepartment.equals(department) || coDepartments.contains(department);
    }

    public StatusRule.Input statusInput() {
        return new StatusRule.Input(
                start,
                due,
                percent,
                milestones.stream()
                        .map(m -> new StatusRule.MilestoneState(m.title, m.due, m.reached()))
                        .toList());
    }
}
