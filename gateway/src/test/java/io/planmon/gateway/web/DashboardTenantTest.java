package io.planmon.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which paths are the dashboard's pages, and so signed in through the code flow. */
class DashboardTenantTest {

    @Test
    void thePagesAreTheRootAndTheFourSectionsWithOneOptionalSegment() {
        assertThat(DashboardTenant.isPage("/")).isTrue();
        assertThat(DashboardTenant.isPage("/indicators")).isTrue();
        assertThat(DashboardTenant.isPage("/indicators/GDP_PER_CAPITA")).isTrue();
        assertThat(DashboardTenant.isPage("/tasks/42")).isTrue();
        assertThat(DashboardTenant.isPage("/alerts")).isTrue();
    }

    @Test
    void nothingElseIs() {
        assertThat(DashboardTenant.isPage("/api/v1/indicators")).isFalse();
        assertThat(DashboardTenant.isPage("/indicators/")).isFalse();
        assertThat(DashboardTenant.isPage("/indicators/a/b")).isFalse();
        assertThat(DashboardTenant.isPage("/assets/app.js")).isFalse();
        assertThat(DashboardTenant.isPage("/q/health/ready")).isFalse();
        assertThat(DashboardTenant.isPage("/alertsX")).isFalse();
        assertThat(DashboardTenant.isPage("/signed-out")).isFalse();
    }
}
