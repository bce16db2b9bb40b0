package io.planmon.indicator.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The due-date scan reminded the department of this (indicator, period): it never reminds it again. */
@Entity
@Table(name = "due_soon_notice")
public class DueSoonNotice extends PeriodNotice {}
