package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;

/** Finds which periods of an indicator the due-date scan has already announced, overdue or due soon. */
@ApplicationScoped
public class PeriodNoticeRepository {

    /** The periods of {@code indicatorCode} with a notice of {@code kind}. */
    public Set<String> announced(Class<? extends PeriodNotice> kind, String indicatorCode) {
        return new HashSet<>(Panache.getEntityManager()
                .createQuery(
                        "select n.period from " + kind.getSimpleName() + " n where n.indicatorCode = ?1", String.class)
                .setParameter(1, indicatorCode)
                .getResultList());
    }
}
