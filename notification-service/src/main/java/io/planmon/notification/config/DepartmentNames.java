package io.planmon.notification.config;

import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** The Chinese names of department codes, for summaries people read; configured, since departments change. */
@ConfigMapping(prefix = "planmon.departments")
public interface DepartmentNames {
    Map<String, String> names();

    /** The name of {@code code}, or the code itself when none is configured. */
    default String of(String code) {
        return code == null ? "" : names().getOrDefault(code, code);
    }
}
