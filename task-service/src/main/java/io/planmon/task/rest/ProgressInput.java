package io.planmon.task.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.task.service.ProgressCommand;
import io.planmon.task.service.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a progress report, read by hand so that every defect names its field. */
@Schema(name = "ProgressInput")
public record ProgressInput(
        @Schema(description = "0..100; lower than the current percent only with a note", required = true) int percent,
        @Schema(description = "what was done", required = true) String narrative,
        @Schema(description = "id of the milestone this report reaches") Long milestone,
        @Schema(description = "http(s) links to documents that show the progress") List<String> evidence,
        @Schema(description = "why the percent went down; required then") String note) {

    static final int MAX_NARRATIVE = 4000;
    static final int MAX_NOTE = 2000;
    static final int MAX_EVIDENCE = 20;

    static ProgressCommand parse(String body, ObjectMapper json) {
        Violations violations = new Violations();
        JsonBody in = JsonBody.parse(body, json, violations);
        Integer percent = in.integer("percent", true, 0, 100);
        String narrative = in.text("narrative", true, MAX_NARRATIVE);
        Long milestone = in.id("milestone");
        List<String> evidence = in.texts("evidence", MAX_EVIDENCE, 2000);
        for (int i = 0; i < evidence.size(); i++) {
            if (!isWebLink(evidence.get(i))) {
                violations.add("evidence[" + i + "]", "must be an http or https link, got '" + evidence.get(i) + "'");
            }
        }
        String note = in.text("note", false, MAX_NOTE);
        violations.throwIfAny();
        return new ProgressCommand(percent, narrative, milestone, evidence, note);
    }

    private static boolean isWebLink(String text) {
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
