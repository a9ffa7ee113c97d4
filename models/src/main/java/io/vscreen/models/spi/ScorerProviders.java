package io.vscreen.models.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** Looks up {@link ScorerProvider}s on the class path with {@link ServiceLoader}. */
public final class ScorerProviders {
    private ScorerProviders() {
    }

    /** The provider for a manifest architecture, if one is on the class path. */
    public static Optional<ScorerProvider> find(String architecture) {
        for (ScorerProvider p : all()) {
            if (p.architecture().equals(architecture)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Every provider on the class path (a fresh list each call). */
    public static List<ScorerProvider> all() {
        List<ScorerProvider> providers = new ArrayList<>();
        ClassLoader loader = ScorerProvider.class.getClassLoader();
        ServiceLoader.load(ScorerProvider.class, loader).forEach(providers::add);
        return providers;
    }

    /** The architectures the providers on the class path open, for messages. */
    public static List<String> architectures() {
        return all().stream().map(ScorerProvider::architecture).sorted().toList();
    }
}
