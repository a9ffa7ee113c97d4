package io.vscreen.chem.alerts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.openscience.cdk.isomorphism.matchers.Expr;

/**
 * A chosen set of structural alerts, loaded once from the tables shipped with this package and
 * shared by every thread: immutable and thread-safe. Screening is done by per-thread
 * {@link AlertMatcher}s from {@link #newMatcher()}.
 *
 * <p>Rule-set ids: {@code pains} (families A, B and C), {@code pains_a}, {@code pains_b},
 * {@code pains_c}, {@code brenk}, {@code nih}, {@code glaxo}, {@code inpharmatica}, {@code lint},
 * {@code bms}, {@code surechembl}; in a spec also {@code all} and {@code none}. Alerts are kept in
 * the fixed order of {@link RuleSet}, then table order, whatever order the spec names them in.
 */
public final class AlertCatalog {
    /** The spec word for every rule set. */
    public static final String ALL = "all";
    /** The spec word for no alerts at all. */
    public static final String NONE = "none";
    /** The spec word for all three PAINS families. */
    public static final String PAINS = "pains";

    /**
     * Catalogs of the shipped rule sets, compiled once per process: compiling PAINS and Brenk
     * (585 SMARTS with their pre-screen requirements) takes a quarter of a second, and a screen's
     * partitions and its report each ask for the same sets. The catalogs are immutable.
     */
    private static final Map<Set<RuleSet>, AlertCatalog> LOADED = new ConcurrentHashMap<>();

    private final Set<String> ruleSets;
    private final List<Alert> alerts;
    private final List<CompiledAlert> compiled;

    private AlertCatalog(Set<RuleSet> chosen) {
        this(tables(chosen), ids(chosen));
    }

    private AlertCatalog(List<Alert> list, Set<String> ids) {
        List<CompiledAlert> reqs = new ArrayList<>(list.size());
        Map<Expr, byte[]> evaluations = new HashMap<>();
        for (Alert a : list) {
            reqs.add(CompiledAlert.of(AlertQuery.compile(a), evaluations));
        }
        this.alerts = List.copyOf(list);
        this.compiled = List.copyOf(reqs);
        this.ruleSets = Collections.unmodifiableSet(ids);
    }

    private static List<Alert> tables(Set<RuleSet> chosen) {
        List<Alert> list = new ArrayList<>();
        for (RuleSet r : chosen) {
            list.addAll(AlertTable.read(r));
        }
        return list;
    }

    private static Set<String> ids(Set<RuleSet> chosen) {
        Set<String> ids = new LinkedHashSet<>();
        chosen.forEach(r -> ids.add(r.id()));
        return ids;
    }

    /**
     * A catalog of other alerts than the shipped rule sets (e.g. the QED alerts), matched by the
     * same pre-screened search; its rule sets are the alerts' own {@link Alert#ruleSet()} names.
     *
     * @throws IllegalArgumentException when a SMARTS cannot be parsed, naming the alert
     */
    public static AlertCatalog of(List<Alert> alerts) {
        Set<String> ids = new LinkedHashSet<>();
        alerts.forEach(a -> ids.add(a.ruleSet()));
        return new AlertCatalog(List.copyOf(alerts), ids);
    }

    /**
     * Loads the named rule sets (ids as listed above, {@code pains} meaning all three families,
     * {@code all} every set, {@code none} nothing).
     *
     * @throws IllegalArgumentException for an unknown id, naming the valid ones
     */
    public static AlertCatalog load(Set<String> ruleSetIds) {
        EnumSet<RuleSet> chosen = EnumSet.noneOf(RuleSet.class);
        for (String raw : ruleSetIds) {
            String id = raw.strip().toLowerCase(Locale.ROOT);
            switch (id) {
                case ALL -> chosen.addAll(EnumSet.allOf(RuleSet.class));
                case NONE -> { }
                case PAINS -> chosen.addAll(EnumSet.of(RuleSet.PAINS_A, RuleSet.PAINS_B, RuleSet.PAINS_C));
                default -> chosen.add(RuleSet.byId(id).orElseThrow(() -> new IllegalArgumentException(
                        "unknown alert rule set '" + raw.strip() + "'; valid: " + validIds())));
            }
        }
        return LOADED.computeIfAbsent(Set.copyOf(chosen), k -> new AlertCatalog(chosen));
    }

    /**
     * Loads the rule sets of a comma-separated spec such as {@code "pains,brenk"}, {@code "all"}
     * or {@code "none"}.
     *
     * @throws IllegalArgumentException for a blank spec or an unknown id, naming the valid ones
     */
    public static AlertCatalog parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("empty alert rule-set list; valid: " + validIds());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                throw new IllegalArgumentException("empty entry in alert rule-set list '" + spec + "'; valid: "
                        + validIds());
            }
            ids.add(part);
        }
        return load(ids);
    }

    /** Every id a spec may use, comma-separated. */
    public static String validIds() {
        List<String> ids = new ArrayList<>(List.of(PAINS));
        Arrays.stream(RuleSet.values()).map(RuleSet::id).forEach(ids::add);
        ids.add(ALL);
        ids.add(NONE);
        return String.join(", ", ids);
    }

    /** The alerts, in catalog order. */
    public List<Alert> alerts() {
        return alerts;
    }

    /** The loaded rule-set ids in catalog order, PAINS as its families ({@code pains_a, pains_b, pains_c}). */
    public Set<String> ruleSets() {
        return ruleSets;
    }

    /** A new matcher for one thread; building one compiles every pattern (milliseconds, not per molecule). */
    public AlertMatcher newMatcher() {
        return new AlertMatcher(this, true);
    }

    /** A matcher that runs every pattern without the pre-screen: the reference for tests. */
    AlertMatcher newBruteForceMatcher() {
        return new AlertMatcher(this, false);
    }

    List<CompiledAlert> compiled() {
        return compiled;
    }

    @Override
    public String toString() {
        return "AlertCatalog" + ruleSets + " (" + alerts.size() + " alerts)";
    }
}
