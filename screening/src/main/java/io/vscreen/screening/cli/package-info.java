/** The {@code vscreen} command line (picocli): one class per command. */
package io.vscreen.screening.cli;
