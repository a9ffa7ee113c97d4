package io.vscreen.screening.cli;

import java.io.IOException;

import picocli.CommandLine.Option;

import io.vscreen.screening.jobs.RepositoryLocation;
import io.vscreen.screening.jobs.ScreeningJobs;

/** The {@code --repository} option shared by the commands that use the job repository. */
final class RepositoryOption {

    @Option(names = "--repository", paramLabel = "DIR|JDBC-URL",
            description = "Job repository: a directory for the embedded database, or a JDBC URL "
                    + "(default: $VSCREEN_REPOSITORY, else $VSCREEN_HOME or ~/.vscreen).")
    String repository;

    RepositoryLocation location() {
        return RepositoryLocation.resolve(repository);
    }

    /** The job repository, opened (the caller closes it). */
    ScreeningJobs open() throws IOException {
        return ScreeningJobs.open(location());
    }
}
