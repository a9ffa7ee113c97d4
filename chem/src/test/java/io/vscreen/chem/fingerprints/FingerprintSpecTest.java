package io.vscreen.chem.fingerprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FingerprintSpecTest {

    @ParameterizedTest
    @CsvSource({
        "ecfp4:2048, ECFP4, 2048, ecfp4:2048",
        "ecfp6:1024, ECFP6, 1024, ecfp6:1024",
        "fcfp4:4096, FCFP4, 4096, fcfp4:4096",
        "ecfp4-count:2048, ECFP4_COUNT, 2048, ecfp4-count:2048",
        "ecfp6-count:1024, ECFP6_COUNT, 1024, ecfp6-count:1024",
        "fcfp4-count:2048, FCFP4_COUNT, 2048, fcfp4-count:2048",
        "maccs, MACCS, 166, maccs",
        "maccs:166, MACCS, 166, maccs",
        "' ECFP4 : 2048 ', ECFP4, 2048, ecfp4:2048",
    })
    void parsesGoodSpecs(String text, FingerprintSpec.Kind kind, int length, String canonical) {
        FingerprintSpec spec = FingerprintSpec.parse(text);
        assertEquals(kind, spec.kind());
        assertEquals(length, spec.length());
        assertEquals(canonical, spec.toString());
        assertEquals(spec, FingerprintSpec.parse(spec.toString()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ecfp4:1000|fingerprint spec 'ecfp4:1000': fingerprint length 1000 not allowed for ecfp4: use 1024, 2048 or 4096",
        "ecfp4|fingerprint spec 'ecfp4' needs a length, e.g. 'ecfp4:2048' (1024, 2048 or 4096)",
        "ecfp5:2048|unknown fingerprint 'ecfp5' in spec 'ecfp5:2048'; known: ecfp4, ecfp6, fcfp4, ecfp4-count, ecfp6-count, fcfp4-count, maccs",
        "ecfp4:big|fingerprint length 'big' in spec 'ecfp4:big' is not a whole number",
        "maccs:1024|fingerprint spec 'maccs:1024': MACCS has 166 keys, not 1024",
        "' '|empty fingerprint spec; expected e.g. 'ecfp4:2048' or 'maccs'",
    })
    void rejectsBadSpecsWithClearMessages(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FingerprintSpec.parse(text));
        assertEquals(message, e.getMessage());
    }

    @Test
    void versionNamesAlgorithmAndToolkit() {
        String v = FingerprintSpec.parse("ecfp4:2048").version();
        assertTrue(v.startsWith("morgan-" + Ecfp.REVISION + "/cdk-"), v);
        assertNotEquals(v, FingerprintSpec.maccs().version());
    }

    @Test
    void fingerprintersMatchTheirSpec() {
        for (String s : new String[] {"ecfp4:2048", "fcfp4-count:1024", "maccs"}) {
            FingerprintSpec spec = FingerprintSpec.parse(s);
            assertEquals(spec, spec.newFingerprinter().spec());
        }
        assertTrue(FingerprintSpec.maccs().newFingerprinter() instanceof Maccs);
        assertThrows(IllegalArgumentException.class, () -> new Ecfp(FingerprintSpec.maccs()));
    }
}
