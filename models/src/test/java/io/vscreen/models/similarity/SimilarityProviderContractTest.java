package io.vscreen.models.similarity;

import java.nio.file.Path;

import io.vscreen.models.spi.ScorerProviderContract;

/** The similarity provider against the scorer contract. */
class SimilarityProviderContractTest extends ScorerProviderContract {
    @Override
    protected String architecture() {
        return SimilarityProvider.ARCHITECTURE;
    }

    @Override
    protected void writePackage(Path dir) throws Exception {
        Path parent = dir.getParent();
        Path pkg = SimilarityPackageTest.writePackage(parent, "contract-built", 2);
        java.nio.file.Files.move(pkg, dir);
    }
}
