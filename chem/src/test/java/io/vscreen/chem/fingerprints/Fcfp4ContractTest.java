package io.vscreen.chem.fingerprints;

class Fcfp4ContractTest extends FingerprinterContractTest {
    @Override
    protected FingerprintSpec spec() {
        return FingerprintSpec.parse("fcfp4:2048");
    }
}
