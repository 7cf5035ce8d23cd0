package org.frontline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.frontline.FrontlineException;
import picocli.CommandLine;

/** The version Maven filtered into {@code version.txt} at build time. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.txt")) {
            if (in == null) {
                throw new FrontlineException("version.txt is missing from the classpath: the jar was not built by Maven");
            }
            return new String[] {"frontline " + new String(in.readAllBytes(), StandardCharsets.UTF_8).strip()};
        } catch (IOException e) {
            throw new FrontlineException("cannot read version.txt from the classpath", e);
        }
    }
}
