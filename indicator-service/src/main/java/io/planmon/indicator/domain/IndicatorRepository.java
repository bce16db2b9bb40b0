package io.planmon.indicator.domain;

import io.planmon.web.problem.ProblemException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds the indicators of the catalogue by what the services ask for: a code, a department's unit, a reference. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {
    static final String AMONG_CODES = "array_contains(?1, code)";
    private static final String DEPENDENT_CODES = "select target_params ->> 'reference', code from indicator"
            + " where target_kind in ("
            + StoredTarget.REFERENCE_KINDS.stream().map(k -> "'" + k + "'").collect(Collectors.joining(", "))
            + ") and target_params ->> 'reference' in (?1) order by code";

    /** The indicator of {@code code}, or a 404 saying the catalogue has none. */
    public Indicator require(String code) {
        return findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("no indicator " + code + " in the catalogue"));
    }

    /** The catalogue by area, article and code; a null area or department means any. */
    public List<Indicator> catalogue(String area, String department) {
        return list(
                "(:area is null or area = :area) and (:department is null or ownerDepartment = :department)",
                Sort.by("area").and("article").and("code"),
                Parameters.with("area", area).and("department", department));
    }

    /** The plan areas of the catalogue, sorted. */
    public List<String> areas() {
        return getEntityManager()
                .createQuery("select distinct i.area from Indicator i order by i.area", String.class)
                .getResultList();
    }

    public List<String> codes() {
        return getEntityManager()
                .createQuery("select i.code from Indicator i order by i.code", String.class)
                .getResultList();
    }

    public List<Indicator> withCodes(Collection<String> codes) {
        return list(AMONG_CODES, (Object) asArray(codes));
    }

    /**
     * The codes as one array parameter: with {@code code in ?1} and a list, Hibernate translates the query to SQL anew
     * on every call (the list is expanded per execution), which was an eighth of a push's CPU in indicator-service.
     */
    static String[] asArray(Collection<String> codes) {
        return codes.toArray(String[]::new);
    }

    public List<Indicator> ownedBy(String department) {
        return list("ownerDepartment", department);
    }

    /** A submission's unit: a department's indicators of one frequency, by code. */
    public List<Indicator> unit(String department, Frequency frequency) {
        return list("ownerDepartment = ?1 and frequency = ?2", Sort.by("code"), department, frequency);
    }

    public boolean owns(String department) {
        return count("ownerDepartment", department) > 0;
    }

    public boolean owns(String department, Frequency frequency) {
        return count("ownerDepartment = ?1 and frequency = ?2", department, frequency) > 0;
    }

    /**
     * The codes of the indicators whose target compares with one of {@code codes}, by that code, in code order: a new
     * value of it re-evaluates them. Read as plain codes, not entities: loading them would add their JSON targets to
     * the session's dirty checking.
     */
    public Map<String, List<String>> dependentCodesOf(Collection<String> codes) {
        // No result class: Hibernate caches the plan of a native query with one (String.class) anew on every call.
        Map<String, List<String>> dependents = new HashMap<>();
        for (Object row : getEntityManager()
                .createNativeQuery(DEPENDENT_CODES)
                .setParameter(1, codes)
                .getResultList()) {
            Object[] pair = (Object[]) row;
            dependents.computeIfAbsent((String) pair[0], c -> new ArrayList<>()).add((String) pair[1]);
        }
        return dependents;
    }

    /** Every change of the indicator's target, oldest first. */
    public List<TargetChange> targetChanges(String code) {
        return getEntityManager()
                .createQuery("from TargetChange where indicatorCode = ?1 order by changedAt, id", TargetChange.class)
                .setParameter(1, code)
                .getResultList();
    }
}
