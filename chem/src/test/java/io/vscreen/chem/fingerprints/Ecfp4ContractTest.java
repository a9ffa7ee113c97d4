package io.vscreen.chem.fingerprints;

class Ecfp4ContractTest extends FingerprinterContractTest {
    @Override
    protected FingerprintSpec spec() {
        return FingerprintSpec.parse("ecfp4:2048");
    }
}
