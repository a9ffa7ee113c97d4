package io.vscreen.models.keras;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;

import io.vscreen.models.ModelException;
import io.vscreen.models.spi.FeatureScorer;
import io.vscreen.models.spi.ScorerContext;
import io.vscreen.models.spi.ScorerProvider;

/**
 * Opens heads of architecture {@code keras-import}: one member, the imported network in DL4J's
 * model format ({@link ModelSerializer}), written by {@link KerasImporter}. Checks that the
 * network takes the package featurizer's width and gives one output per task.
 */
public final class KerasNetworkProvider implements ScorerProvider {
    /** The manifest architecture of imported Keras networks. */
    public static final String ARCHITECTURE = "keras-import";
    /** The manifest weight format of the member file. */
    public static final String WEIGHT_FORMAT = "dl4j-model-serializer";

    @Override
    public String architecture() {
        return ARCHITECTURE;
    }

    @Override
    public FeatureScorer open(ScorerContext context) {
        String where = context.where();
        List<String> members = context.head().members();
        if (members.size() != 1) {
            throw new ModelException(where + ": a keras-import head has one network file, not " + members);
        }
        MultiLayerNetwork net;
        try {
            net = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(context.file(members.get(0))), false);
        } catch (IOException | RuntimeException e) {
            throw new ModelException(where + ": network file " + members.get(0) + " cannot be read: " + e.getMessage(), e);
        }
        List<Integer> widths = KerasNetworks.widths(net);
        int inputs = widths.isEmpty() ? -1 : widths.get(0);
        int outputs = widths.isEmpty() ? -1 : widths.get(widths.size() - 1);
        if (inputs != context.featureCount()) {
            throw new ModelException(where + ": network " + members.get(0) + " takes " + inputs + " inputs but the featurizer "
                    + context.manifest().featurizer().label() + " gives " + context.featureCount());
        }
        if (outputs != context.head().tasks().size()) {
            throw new ModelException(where + ": network " + members.get(0) + " has " + outputs + " outputs for "
                    + context.head().tasks().size() + " tasks " + context.head().tasks());
        }
        return new KerasNetworkScorer(net, inputs, outputs);
    }
}
