package io.vscreen.screening.cli;

import picocli.CommandLine;

/** Reports the application version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"vscreen " + (v == null ? "development build" : v)};
    }
}
