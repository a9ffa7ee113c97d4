package io.vscreen.models.nn;

import java.util.Arrays;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.ops.transforms.Transforms;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Binary cross-entropy with a weight on the positive class of each output, for imbalanced
 * screening data: {@code L = -w_t y log p - (1 - y) log(1 - p)}. The label mask (0 = not tested,
 * 1 = tested) is applied exactly once to score and gradient. (DL4J's own binary cross-entropy
 * applies a per-output mask twice to the gradient, so a weight placed in the mask would act
 * squared.)
 */
public final class WeightedBinaryCrossEntropy implements ILossFunction {
    private static final long serialVersionUID = 1L;
    private static final double EPS = 1e-6;

    @JsonProperty("positiveWeights")
    private final double[] positiveWeights;

    public WeightedBinaryCrossEntropy(@JsonProperty("positiveWeights") double[] positiveWeights) {
        this.positiveWeights = positiveWeights.clone();
    }

    public double[] positiveWeights() {
        return positiveWeights.clone();
    }

    /** Per-element weights: {@code w_t} where the label is 1, 1 elsewhere. */
    private INDArray elementWeights(INDArray labels) {
        INDArray pw = Nd4j.createFromArray(positiveWeights).castTo(labels.dataType()).reshape(1, positiveWeights.length);
        return labels.mulRowVector(pw.sub(1.0)).addi(1.0);
    }

    private static void applyMask(INDArray arr, INDArray mask) {
        if (mask == null) {
            return;
        }
        if (mask.columns() == arr.columns()) {
            arr.muli(mask.castTo(arr.dataType()));
        } else {
            arr.muliColumnVector(mask.reshape(mask.length(), 1).castTo(arr.dataType()));
        }
    }

    @Override
    public INDArray computeScoreArray(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray p = activationFn.getActivation(preOutput.dup(), false);
        p = Transforms.max(Transforms.min(p, 1 - EPS, false), EPS, false);
        INDArray pos = Transforms.log(p, true).muli(labels).muli(elementWeights(labels));
        INDArray neg = Transforms.log(p.rsub(1.0), false).muli(labels.rsub(1.0));
        INDArray score = pos.addi(neg).negi();
        applyMask(score, mask);
        return score.sum(true, 1);
    }

    @Override
    public double computeScore(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask, boolean average) {
        INDArray perExample = computeScoreArray(labels, preOutput, activationFn, mask);
        double sum = perExample.sumNumber().doubleValue();
        return average ? sum / perExample.size(0) : sum;
    }

    @Override
    public INDArray computeGradient(INDArray labels, INDArray preOutput, IActivation activationFn, INDArray mask) {
        INDArray w = elementWeights(labels);
        INDArray grad;
        if (activationFn instanceof ActivationSigmoid) {
            // dL/dz = w (p - y) for a sigmoid output
            INDArray p = activationFn.getActivation(preOutput.dup(), true);
            grad = p.subi(labels).muli(w);
        } else {
            INDArray p = activationFn.getActivation(preOutput.dup(), true);
            p = Transforms.max(Transforms.min(p, 1 - EPS, false), EPS, false);
            INDArray dLda = p.sub(labels).divi(p.mul(p.rsub(1.0))).muli(w);
            grad = activationFn.backprop(preOutput.dup(), dLda).getFirst();
        }
        applyMask(grad, mask);
        return grad;
    }

    @Override
    public Pair<Double, INDArray> computeGradientAndScore(INDArray labels, INDArray preOutput, IActivation activationFn,
                                                          INDArray mask, boolean average) {
        return new Pair<>(computeScore(labels, preOutput, activationFn, mask, average),
                computeGradient(labels, preOutput, activationFn, mask));
    }

    @Override
    public String name() {
        return "WeightedBinaryCrossEntropy" + Arrays.toString(positiveWeights);
    }

    @Override
    public String toString() {
        return name();
    }
}
