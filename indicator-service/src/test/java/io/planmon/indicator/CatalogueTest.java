package io.planmon.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.domain.Frequency;
import io.planmon.indicator.domain.evaluation.TargetParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The catalogue migrations (V3, V4, V12) against the plan text: sentences verbatim, codes unique, targets parseable,
 * and the re-audit of articles 7-50 (V12) adding directions only, without a number.
 */
class CatalogueTest {
    /** The plan's text as the repository keeps it (docs/spec.md); {@code -Dplanmon.plan=…} checks another copy. */
    private static final Path PLAN =
            Path.of(System.getProperty("planmon.plan", "../docs/plan/qingpu-15th-proposal.zh.txt"));

    private static final Set<String> AREAS = Set.of(
            "HIGH_QUALITY_DEVELOPMENT",
            "CORE_URBAN_FUNCTIONS",
            "REFORM_AND_OPENING",
            "SOCIAL_CIVILITY",
            "PEOPLES_CITY",
            "URBAN_GOVERNANCE");

    /** A string literal ('' escapes a quote) or a number: the only values the catalogue migrations use. */
    private static final String LITERAL = "'((?:[^']|'')*)'|(-?\\d+(?:\\.\\d+)?)";

    private static final Pattern FIELD = Pattern.compile(LITERAL);
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*(?:(?:" + LITERAL + ")\\s*,?\\s*)+\\)");
    private static final List<Map<String, String>> V3 = rows("V3__goal_indicators.sql");
    private static final List<Map<String, String>> V4 = rows("V4__plan_catalogue.sql");
    private static final List<Map<String, String>> V12 = rows("V12__reminders_and_catalogue_audit.sql");
    private static final List<Map<String, String>> ALL =
            Stream.of(V3, V4, V12).flatMap(List::stream).toList();

    @Test
    void everyPlanSentenceIsVerbatimInTheArticleItNames() throws IOException {
        assertThat(PLAN).as("plan text (docs/plan/, or -Dplanmon.plan)").isRegularFile();
        String plan = Files.readString(PLAN, StandardCharsets.UTF_8);
        int[] starts = articleStarts(plan);
        List<String> misquoted = new ArrayList<>();
        for (Map<String, String> row : ALL) {
            int article = Integer.parseInt(row.get("article"));
            String sentence = row.get("plan_sentence");
            int at = plan.indexOf(sentence, starts[article - 1]);
            if (at < 0 || at + sentence.length() > starts[article]) {
                misquoted.add(row.get("code") + ": '" + sentence + "' is not in article " + article);
            }
        }
        assertThat(misquoted).isEmpty();
    }

    @Test
    void codesAreUniqueAcrossTheMigrationsAndTheLaterOnesLeaveTheFixedOnesAlone() {
        assertThat(V3.stream().map(r -> r.get("code")))
                .containsExactly(
                        "SH_GDP_GROWTH",
                        "GDP_GROWTH",
                        "GDP_PER_CAPITA",
                        "INCOME_GROWTH",
                        "CARBON_EMISSIONS",
                        "MAJOR_POLLUTANTS",
                        "FAMILY_DOCTOR_COVERAGE");
        assertThat(ALL.stream().map(r -> r.get("code"))).doesNotHaveDuplicates();
        assertThat(Stream.concat(V4.stream(), V12.stream()).map(r -> r.get("code")))
                .allMatch(code -> code.matches("[A-Z][A-Z0-9_]*"))
                .doesNotContainAnyElementsOf(V3.stream().map(r -> r.get("code")).toList());
    }

    @Test
    void theCatalogueHoldsSixtySevenIndicators() {
        assertThat(V3).hasSize(7);
        assertThat(V4).hasSize(43);
        assertThat(V12).as("the re-audit of articles 7-50 (docs/indicators.md)").hasSize(17);
        assertThat(ALL).hasSize(67);
    }

    @Test
    void theReAuditAddsDirectionsOfArticles7To50WithoutANumber() {
        assertThat(V12).allSatisfy(r -> {
            assertThat(Integer.parseInt(r.get("article"))).as(r.get("code")).isBetween(7, 50);
            assertThat(r.get("target_kind")).as(r.get("code")).isIn("INCREASING", "DECREASING", "NO_TARGET");
            assertThat(r.get("target_params"))
                    .as(r.get("code") + ": a number from the plan only")
                    .isEqualTo("{}");
        });
    }

    @Test
    void everyTargetParsesAndItsReferenceIsAnotherIndicatorOfTheSameFrequency() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> frequencies = new HashMap<>();
        ALL.forEach(r -> frequencies.put(r.get("code"), r.get("frequency")));
        List<String> invalid = new ArrayList<>();
        for (Map<String, String> row : ALL) {
            String code = row.get("code");
            Map<String, Object> params = json.readValue(row.get("target_params"), new TypeReference<>() {});
            Frequency frequency = Frequency.valueOf(row.get("frequency"));
            TargetParser.parse(row.get("target_kind"), params, code, frequency).errors().stream()
                    .map(e -> code + ": " + e.field() + " " + e.message())
                    .forEach(invalid::add);
            if (params.get("reference") instanceof String reference
                    && !frequency.name().equals(frequencies.get(reference))) {
                invalid.add(code + ": reference " + reference + " is not a " + frequency + " indicator");
            }
        }
        assertThat(invalid).isEmpty();
    }

    @Test
    void eachGoalAreaOfArticle6HasIndicatorsAndEveryIndicatorIsInOneOfThem() {
        assertThat(ALL).allSatisfy(r -> assertThat(AREAS).contains(r.get("area")));
        Set<String> article6 = ALL.stream()
                .filter(r -> r.get("article").equals("6"))
                .map(r -> r.get("area"))
                .collect(Collectors.toSet());
        assertThat(article6).containsExactlyInAnyOrderElementsOf(AREAS);
        assertThat(V4.stream().filter(r -> r.get("article").equals("6")).map(r -> r.get("area")))
                .containsAll(AREAS);
    }

    @Test
    void theDocumentationListsEveryIndicator() throws IOException {
        String doc = Files.readString(Path.of("../docs/indicators.md"), StandardCharsets.UTF_8);
        assertThat(ALL).allSatisfy(r -> assertThat(doc).contains("`" + r.get("code") + "`"));
    }

    /** Where article n begins: "n." in order through the text, not right after another digit ("6天+365天"). */
    private static int[] articleStarts(String plan) {
        int[] starts = new int[51];
        int from = 0;
        for (int n = 1; n <= 50; n++) {
            int at = plan.indexOf(n + ".", from);
            while (at > 0 && Character.isDigit(plan.charAt(at - 1))) {
                at = plan.indexOf(n + ".", at + 1);
            }
            assertThat(at).as("start of article %d", n).isNotNegative();
            starts[n - 1] = at;
            from = at + 1;
        }
        starts[50] = plan.length();
        return starts;
    }

    /** The rows of the one {@code insert into indicator (…) values (…), …} of a migration, by column name. */
    private static List<Map<String, String>> rows(String migration) {
        String sql;
        try (InputStream in = CatalogueTest.class.getResourceAsStream("/db/migration/" + migration)) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^\\s*--.*$", "");
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read " + migration, e);
        }
        int insert = sql.toLowerCase(Locale.ROOT).indexOf("insert into indicator");
        String[] columns = sql.substring(sql.indexOf('(', insert) + 1, sql.indexOf(')', insert))
                .split(",\\s*");
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher tuple = TUPLE.matcher(sql);
        tuple.region(sql.toLowerCase(Locale.ROOT).indexOf(" values", insert), sql.length());
        while (tuple.find()) {
            Matcher field = FIELD.matcher(tuple.group());
            Map<String, String> row = new HashMap<>();
            for (int k = 0; field.find(); k++) {
                assertThat(k).as("%s row %d", migration, rows.size() + 1).isLessThan(columns.length);
                String text = field.group(1) != null ? field.group(1).replace("''", "'") : field.group(2);
                row.put(columns[k].trim(), text);
            }
            assertThat(row).as("%s row %d", migration, rows.size() + 1).hasSize(columns.length);
            rows.add(row);
        }
        // Every row opens a line with "('": none may slip past the pattern.
        assertThat(rows).as(migration).hasSize((int)
                Pattern.compile("(?m)^\\('").matcher(sql).results().count());
        return rows;
    }
}
