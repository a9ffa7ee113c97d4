package io.vscreen.chem.fingerprints;

class Ecfp6ContractTest extends FingerprinterContractTest {
    @Override
    protected FingerprintSpec spec() {
        return FingerprintSpec.parse("ecfp6:1024");
    }
}
