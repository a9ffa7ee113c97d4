package io.vscreen.models.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import io.vscreen.models.ModelException;

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

    /**
     * Every provider on the class path (a fresh list each call).
     *
     * @throws ModelException when a registered provider cannot be instantiated (the message names it)
     */
    public static List<ScorerProvider> all() {
        List<ScorerProvider> providers = new ArrayList<>();
        ClassLoader loader = ScorerProvider.class.getClassLoader();
        try {
            ServiceLoader.load(ScorerProvider.class, loader).forEach(providers::add);
        } catch (ServiceConfigurationError e) {
            throw new ModelException("a scorer provider listed in META-INF/services/" + ScorerProvider.class.getName()
                    + " cannot be loaded: " + e.getMessage(), e);
        }
        return providers;
    }

    /** The architectures the providers on the class path open, for messages. */
    public static List<String> architectures() {
        return all().stream().map(ScorerProvider::architecture).sorted().toList();
    }
}
