package io.vscreen.chem.alerts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one shipped rule-set table: '#' comment lines, a header row, then tab-separated
 * {@code rule_set, name, smarts, source} rows.
 */
final class AlertTable {
    private static final String HEADER = "rule_set\tname\tsmarts\tsource";

    private AlertTable() {
    }

    static List<Alert> read(RuleSet ruleSet) {
        String resource = ruleSet.resource();
        InputStream in = AlertTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("alert table " + resource + " is missing from the classpath");
        }
        List<Alert> alerts = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = false;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (!header) {
                    if (!line.equals(HEADER)) {
                        throw new IllegalStateException(resource + " line " + lineNo + ": expected header '"
                                + HEADER.replace('\t', ',') + "'");
                    }
                    header = true;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4 || f[1].isEmpty() || f[2].isEmpty()) {
                    throw new IllegalStateException(resource + " line " + lineNo
                            + ": expected 4 tab-separated fields (rule_set, name, smarts, source)");
                }
                if (!f[0].equals(ruleSet.reportedAs())) {
                    throw new IllegalStateException(resource + " line " + lineNo + ": rule set '" + f[0]
                            + "' where '" + ruleSet.reportedAs() + "' was expected");
                }
                alerts.add(new Alert(f[0], f[1], f[2], f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alert table " + resource, e);
        }
        return alerts;
    }
}
