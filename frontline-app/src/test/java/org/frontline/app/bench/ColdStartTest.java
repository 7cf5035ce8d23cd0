package org.frontline.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cold-start children run with the launcher's options: transparent huge pages asked for exactly where the
 * launcher asks for them, i.e. where the kernel's setting has always or madvise in brackets.
 */
class ColdStartTest {
    @TempDir
    Path dir;

    private boolean offered(String setting) throws Exception {
        return ColdStart.hugePagesOffered(Files.writeString(dir.resolve("enabled"), setting));
    }

    @Test
    void hugePagesAreOfferedInTheAlwaysAndMadviseModesOnly() throws Exception {
        assertThat(offered("always [madvise] never\n")).isTrue();
        assertThat(offered("[always] madvise never\n")).isTrue();
        assertThat(offered("always madvise [never]\n")).isFalse();
        assertThat(ColdStart.hugePagesOffered(dir.resolve("missing"))).isFalse(); // not Linux, or no THP
    }

    @Test
    void theChildrenAskForHugePagesWhereThisKernelOffersThem() {
        boolean offered = ColdStart.hugePagesOffered(ColdStart.HUGE_PAGES);
        // this test JVM names no huge-page option, so the kernel decides, as in the launcher
        assertThat(ColdStart.launcherOptions(Path.of("frontline.jar")).contains(ColdStart.TRANSPARENT_HUGE_PAGES))
                .isEqualTo(offered);
    }
}
