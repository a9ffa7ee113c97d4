package io.vscreen.chem.fingerprints;

class MaccsContractTest extends FingerprinterContractTest {
    @Override
    protected FingerprintSpec spec() {
        return FingerprintSpec.maccs();
    }
}
