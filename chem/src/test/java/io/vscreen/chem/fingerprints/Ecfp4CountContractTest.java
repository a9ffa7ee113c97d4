package io.vscreen.chem.fingerprints;

class Ecfp4CountContractTest extends FingerprinterContractTest {
    @Override
    protected FingerprintSpec spec() {
        return FingerprintSpec.parse("ecfp4-count:2048");
    }
}
