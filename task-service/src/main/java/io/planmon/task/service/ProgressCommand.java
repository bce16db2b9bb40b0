package io.planmon.task.service;

import java.util.List;

/** A progress report as the service receives it, its input already well-formed. */
public record ProgressCommand(int percent, String narrative, Long milestone, List<String> evidence, String note) {}
