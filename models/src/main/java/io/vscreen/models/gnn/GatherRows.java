package io.vscreen.models.gnn;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.imports.converters.ImportClassMapping;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ops.CustomOpDescriptor;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Row gather ({@code out[i] = input[indices[i]]}) whose gradient is the unsorted segment sum of the
 * output gradient by the same indices.
 *
 * <p>ND4J 1.0.0-M2.1 differentiates its own gather through a per-index loop that cannot appear more
 * than once in a graph (and would be slow). This op runs the same native {@code gather} kernel under
 * its own name, {@value #NAME}, registered by name with ND4J's op registry so that graph copies (SameDiff
 * clones every op by name when it builds the gradient graph) and saved graphs come back as this
 * class. ND4J's own {@code gather} keeps its class.
 */
public final class GatherRows extends DynamicCustomOp {

    /** The op name stored in graphs. */
    public static final String NAME = "gather_rows";

    private static final String NATIVE = "gather";

    static {
        register();
    }

    /** For ND4J's reflective op registry; not for use. */
    public GatherRows() {
    }

    private GatherRows(SameDiff sd, SDVariable input, SDVariable indices) {
        super(null, sd, new SDVariable[] {input, indices});
        addIArgument(0);
    }

    /** Gathers rows of {@code input} (any rank, along dimension 0) at {@code indices}. */
    static SDVariable gather(SameDiff sd, SDVariable input, SDVariable indices) {
        return new GatherRows(sd, input, indices).outputVariable();
    }

    /** Makes graphs holding this op loadable; called when the class initialises. */
    static void ensureRegistered() {
        // class initialisation ran register()
    }

    private static synchronized void register() {
        try {
            ImportClassMapping.getOpNameMapping().putIfAbsent(NAME, new GatherRows());
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot register the " + NAME + " op with ND4J: " + e, e);
        }
    }

    @Override
    public String opName() {
        return NAME;
    }

    @Override
    public long opHash() {
        return getDescriptor().getHash();
    }

    @Override
    public CustomOpDescriptor getDescriptor() {
        return Nd4j.getExecutioner().getCustomOperations().get(NATIVE);
    }

    @Override
    public Map<String, Object> propertiesForFunction() {
        return new HashMap<>();
    }

    @Override
    public void setPropertiesForFunction(Map<String, Object> properties) {
        // the only argument, the gather axis 0, travels as an integer argument
    }

    @Override
    public void configureFromArguments() {
        // nothing beyond the integer argument
    }

    @Override
    public List<DataType> calculateOutputDataTypes(List<DataType> dataTypes) {
        return List.of(dataTypes.get(0));
    }

    @Override
    public List<SDVariable> doDiff(List<SDVariable> grad) {
        SDVariable rows = sameDiff.sizeAt(arg(0), 0);
        SDVariable dInput = sameDiff.unsortedSegmentSum(grad.get(0), arg(1), rows);
        return List.of(dInput, sameDiff.zerosLike(arg(1)));
    }
}
