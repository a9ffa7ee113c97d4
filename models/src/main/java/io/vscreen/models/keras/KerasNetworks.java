package io.vscreen.models.keras;

import java.util.ArrayList;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/** Shape and activations of an imported network, for checks and the manifest. */
final class KerasNetworks {
    private KerasNetworks() {
    }

    /** The layer widths from input to output, over the layers that have a width (dense layers). */
    static List<Integer> widths(MultiLayerNetwork net) {
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer l = net.getLayerWiseConfigurations().getConf(i).getLayer();
            if (l instanceof FeedForwardLayer f && f.getNOut() > 0) {
                if (widths.isEmpty()) {
                    widths.add((int) f.getNIn());
                }
                widths.add((int) f.getNOut());
            }
        }
        return widths;
    }

    /** The activation of each layer that has one, input to output, e.g. {@code [relu, sigmoid]}. */
    static List<String> activations(MultiLayerNetwork net) {
        List<String> acts = new ArrayList<>();
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer l = net.getLayerWiseConfigurations().getConf(i).getLayer();
            if (l instanceof BaseLayer b && b.getActivationFn() != null) {
                acts.add(b.getActivationFn().toString().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return acts;
    }
}
