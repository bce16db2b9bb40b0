package io.planmon.devstack.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pid from PostgreSQL's lock file, and no pid (rather than an error) when the file is missing or unreadable. */
class PostmasterPidTest {

    @TempDir
    Path pgdata;

    @Test
    void readsThePidOnTheLockFilesFirstLine() throws IOException {
        Files.writeString(pgdata.resolve("postmaster.pid"), " 4242 \n" + pgdata + "\n1733590000\n5433\n");

        assertThat(PostmasterPid.in(pgdata)).hasValue(4242);
    }

    @Test
    void findsNoPidWithoutALockFile() {
        assertThat(PostmasterPid.in(pgdata)).isEmpty();
        assertThat(PostmasterPid.in(pgdata.resolve("missing"))).isEmpty();
    }

    @Test
    void findsNoPidInAnEmptyOrGarbledLockFile() throws IOException {
        Path lockFile = pgdata.resolve("postmaster.pid");
        Files.writeString(lockFile, "");
        assertThat(PostmasterPid.in(pgdata)).isEmpty();

        Files.writeString(lockFile, "not a pid\n");
        assertThat(PostmasterPid.in(pgdata)).isEmpty();
    }
}
