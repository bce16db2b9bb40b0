package io.planmon.task.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.task.domain.Assignment;
import io.planmon.task.service.TaskCommand;
import io.planmon.task.service.Violations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a plan-admin create or replace, read and checked by hand: every defect is reported against its field.
 * Whether the article and the departments exist is the service's check.
 */
@Schema(name = "TaskInput")
public record TaskInput(
        @Schema(description = "unique, e.g. T20-01; on PUT optional and unchangeable") String code,
        @Schema(required = true) int article,
        @Schema(required = true) String title,
        @Schema(required = true) String titleEn,
        String planSentence,
        @Schema(required = true, example = "TRANSPORT") String leadDepartment,
        List<String> coDepartments,
        @Schema(description = "PROPOSED or CONFIRMED (the default: the plan admin set it)") String assignment,
        @Schema(required = true, example = "2026-01-01") LocalDate start,
        @Schema(required = true, example = "2030-12-31") LocalDate due,
        List<MilestoneInput> milestones,
        @Schema(description = "indicator codes such as GDP_GROWTH") List<String> indicators) {

    public static final LocalDate PLAN_START = LocalDate.of(2026, 1, 1);
    public static final LocalDate PLAN_END = LocalDate.of(2030, 12, 31);
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
    static final Pattern INDICATOR = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");

    /** A milestone in the body; {@code id} keeps an existing one. */
    @Schema(name = "MilestoneInput")
    public record MilestoneInput(Long id, String title, String titleEn, LocalDate due) {}

    static TaskCommand parse(String body, ObjectMapper json) {
        Violations violations = new Violations();
        JsonBody in = JsonBody.parse(body, json, violations);
        String code = in.text("code", false, 40);
        if (code != null && !CODE.matcher(code).matches()) {
            violations.add("code", "must be 2-40 capital letters, digits, '-' or '_', got '" + code + "'");
        }
        Integer article = in.integer("article", true, 1, 999);
        String title = in.text("title", true, 200);
        String titleEn = in.text("titleEn", true, 300);
        String sentence = in.text("planSentence", false, 1000);
        String lead = in.text("leadDepartment", true, 40);
        List<String> co = in.texts("coDepartments", 30, 40);
        Assignment assignment = assignment(in, violations);
        LocalDate start = inPlan(in, "start", violations);
        LocalDate due = inPlan(in, "due", violations);
        if (start != null && due != null && due.isBefore(start)) {
            violations.add("due", "must not be before start " + start + ", got " + due);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < co.size(); i++) {
            if (co.get(i).equals(lead)) {
                violations.add("coDepartments[" + i + "]", co.get(i) + " is already the lead department");
            } else if (!seen.add(co.get(i))) {
                violations.add("coDepartments[" + i + "]", co.get(i) + " is listed twice");
            }
        }
        List<TaskCommand.MilestoneCommand> milestones = new ArrayList<>();
        for (JsonBody m : in.objects("milestones", 50)) {
            LocalDate mDue = m.date("due", true);
            if (mDue != null
                    && start != null
                    && due != null
                    && !due.isBefore(start)
                    && (mDue.isBefore(start) || mDue.isAfter(due))) {
                violations.add(m.name("due"), "must lie between start " + start + " and due " + due + ", got " + mDue);
            }
            milestones.add(new TaskCommand.MilestoneCommand(
                    m.id("id"), m.text("title", true, 200), m.text("titleEn", true, 300), mDue));
        }
        List<String> indicators = in.texts("indicators", 30, 64);
        for (int i = 0; i < indicators.size(); i++) {
            if (!INDICATOR.matcher(indicators.get(i)).matches()) {
                violations.add(
                        "indicators[" + i + "]",
                        "not an indicator code (capital letters, digits, '_', like GDP_GROWTH): '" + indicators.get(i)
                                + "'");
            }
        }
        violations.throwIfAny();
        return new TaskCommand(
                code,
                article,
                title,
                titleEn,
                sentence,
                lead,
                co,
                assignment,
                start,
                due,
                milestones,
                indicators.stream().distinct().toList());
    }

    private static Assignment assignment(JsonBody in, Violations violations) {
        String text = in.text("assignment", false, 16);
        if (text == null) {
            return Assignment.CONFIRMED;
        }
        try {
            return Assignment.valueOf(text);
        } catch (IllegalArgumentException e) {
            violations.add("assignment", "must be PROPOSED or CONFIRMED, got '" + text + "'");
            return null;
        }
    }

    private static LocalDate inPlan(JsonBody in, String field, Violations violations) {
        LocalDate date = in.date(field, true);
        if (date != null && (date.isBefore(PLAN_START) || date.isAfter(PLAN_END))) {
            violations.add(field, "must lie within the plan period " + PLAN_START + ".." + PLAN_END + ", got " + date);
            return null;
        }
        return date;
    }
}
