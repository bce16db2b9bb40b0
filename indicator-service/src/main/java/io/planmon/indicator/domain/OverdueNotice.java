package io.planmon.indicator.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The due-date scan announced that this (indicator, period) is overdue: it never announces it again. */
@Entity
@Table(name = "overdue_notice")
public class OverdueNotice extends PeriodNotice {}
