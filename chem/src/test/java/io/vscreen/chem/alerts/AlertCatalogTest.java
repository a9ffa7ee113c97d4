package io.vscreen.chem.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openscience.cdk.interfaces.IAtomContainer;

import io.vscreen.chem.MoleculeParser;
import io.vscreen.chem.StructureException;

/**
 * Rule-set specs and the shipped tables. Expected rule counts are those of the source files
 * (shared data README: wehi_pains.csv 480 = PAINS A 16 + B 55 + C 409 as in RDKit's catalog;
 * alert_collection.csv Dundee 105, MLSMR 116, Glaxo 55, Inpharmatica 91, LINT 57, BMS 180,
 * SureChEMBL 166).
 */
class AlertCatalogTest {
    private static AlertCatalog all;

    @BeforeAll
    static void loadAll() {
        all = AlertCatalog.parse("all"); // compiles every shipped SMARTS: fails if any does not parse
    }

    @ParameterizedTest
    @CsvSource({
        "pains, 480", "pains_a, 16", "pains_b, 55", "pains_c, 409", "brenk, 105", "nih, 116", "glaxo, 55",
        "inpharmatica, 91", "lint, 57", "bms, 180", "surechembl, 166", "all, 1250", "none, 0", "'pains,brenk', 585",
    })
    void ruleSetSizes(String spec, int count) {
        assertEquals(count, AlertCatalog.parse(spec).alerts().size(), spec);
    }

    @Test
    void everyShippedRuleIsLoadedWithItsSource() {
        assertEquals(1250, all.alerts().size());
        Map<String, Long> perSet = all.alerts().stream()
                .collect(Collectors.groupingBy(Alert::ruleSet, Collectors.counting()));
        assertEquals(Map.of("pains", 480L, "brenk", 105L, "nih", 116L, "glaxo", 55L, "inpharmatica", 91L,
                "lint", 57L, "bms", 180L, "surechembl", 166L), perSet);
        Set<String> ids = new HashSet<>();
        for (Alert a : all.alerts()) {
            assertTrue(ids.add(a.id()), "duplicate alert id " + a.id());
            assertFalse(a.id().contains(";"), "ids are joined with ';' by callers: " + a.id());
            assertFalse(a.source().isBlank(), a.id());
        }
        assertTrue(ids.contains("pains:quinone_A(370)"));
        assertTrue(ids.contains("brenk:Michael_acceptor_1"));
        assertEquals(List.of("pains_a", "pains_b", "pains_c", "brenk", "nih", "glaxo", "inpharmatica", "lint", "bms",
                "surechembl"), List.copyOf(all.ruleSets()));
    }

    @Test
    void painsMeansAllThreeFamiliesReportedAsPains() {
        AlertCatalog pains = AlertCatalog.parse("pains");
        assertEquals(List.of("pains_a", "pains_b", "pains_c"), List.copyOf(pains.ruleSets()));
        assertTrue(pains.alerts().stream().allMatch(a -> a.ruleSet().equals("pains")));
        assertTrue(AlertCatalog.parse("pains_a").alerts().stream().anyMatch(a -> a.name().equals("quinone_A(370)")));
        assertTrue(AlertCatalog.parse("pains_c").alerts().stream().noneMatch(a -> a.name().equals("quinone_A(370)")));
    }

    @Test
    void specIsCaseAndSpaceTolerantAndOrderIndependent() {
        AlertCatalog a = AlertCatalog.parse(" Brenk , PAINS ");
        AlertCatalog b = AlertCatalog.parse("pains,brenk,pains_a");
        assertEquals(b.alerts(), a.alerts());
        assertEquals("pains", a.alerts().get(0).ruleSet());
        assertEquals(AlertCatalog.load(Set.of("brenk", "pains")).alerts(), a.alerts());
    }

    /** One compiled catalog per set of rule sets in a process, whichever spec names it. */
    @Test
    void theSameRuleSetsShareOneCompiledCatalog() {
        AlertCatalog a = AlertCatalog.parse("brenk,pains");
        assertSame(a, AlertCatalog.parse("pains_c, pains_a,pains_b,BRENK"));
        assertSame(a, AlertCatalog.load(Set.of("pains", "brenk")));
        assertNotSame(a, AlertCatalog.parse("pains"));
        assertEquals("pains", a.alerts().get(0).ruleSet());
        assertEquals("brenk", a.alerts().get(a.alerts().size() - 1).ruleSet());
    }

    @Test
    void unknownRuleSetNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertCatalog.parse("pains,brenck"));
        assertTrue(e.getMessage().contains("'brenck'"), e.getMessage());
        for (String id : List.of("pains", "pains_a", "pains_b", "pains_c", "brenk", "nih", "glaxo", "inpharmatica",
                "lint", "bms", "surechembl", "all", "none")) {
            assertTrue(e.getMessage().contains(id), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> AlertCatalog.parse(" "));
        assertThrows(IllegalArgumentException.class, () -> AlertCatalog.parse("pains,,brenk"));
    }

    @Test
    void noneMatchesNothing() throws StructureException {
        AlertCatalog none = AlertCatalog.parse("none");
        assertTrue(none.ruleSets().isEmpty());
        IAtomContainer quinone = new MoleculeParser().parseSmiles("O=C1C=CC(=O)C=C1");
        AlertMatcher.prepare(quinone);
        assertEquals(List.of(), none.newMatcher().match(quinone));
    }

    @Test
    void alertIdIsRuleSetColonName() {
        assertEquals("brenk:aldehyde", new Alert("brenk", "aldehyde", "[CX3H1](=O)[#6]", "Brenk 2008").id());
    }

    @Test
    void stereoSmartsAreRefusedWithTheAlertNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AlertQuery.compile(new Alert("x", "chiral", "N[C@@H](C)C(=O)O", "test")));
        assertTrue(e.getMessage().contains("x:chiral"), e.getMessage());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> AlertQuery.compile(new Alert("x", "broken", "C(C", "test")));
        assertTrue(bad.getMessage().contains("x:broken"), bad.getMessage());
    }

    @Test
    void catalogIsImmutable() {
        assertThrows(UnsupportedOperationException.class, () -> all.alerts().clear());
        assertThrows(UnsupportedOperationException.class, () -> all.ruleSets().clear());
    }
}
