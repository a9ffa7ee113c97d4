package io.vscreen.models.train;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openscience.cdk.CDK;

/** Library versions recorded in a model's provenance. */
public final class Versions {
    private Versions() {
    }

    /** Java, CDK, DL4J, ND4J backend and vscreen versions. */
    public static Map<String, String> libraries() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("java", System.getProperty("java.version"));
        v.put("cdk", CDK.getVersion());
        v.put("dl4j", packageVersion(org.deeplearning4j.nn.multilayer.MultiLayerNetwork.class, "1.0.0-M2.1"));
        v.put("nd4j-backend", backend());
        v.put("vscreen", packageVersion(Versions.class, "development"));
        return v;
    }

    private static String packageVersion(Class<?> c, String fallback) {
        String v = c.getPackage() == null ? null : c.getPackage().getImplementationVersion();
        return v == null ? fallback : v;
    }

    private static String backend() {
        try {
            return org.nd4j.linalg.factory.Nd4j.getBackend().getClass().getSimpleName();
        } catch (RuntimeException e) {
            return "unknown";
        }
    }
}
