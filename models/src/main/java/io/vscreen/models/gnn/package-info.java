/**
 * Graph neural networks on molecular graphs: a directed message-passing network (D-MPNN, messages
 * on directed bonds as in Chemprop) built with SameDiff from the {@code chem} graph tensors, its
 * minibatch training with a masked multitask loss, seeded ensembles, and model packages.
 *
 * <p>{@link io.vscreen.models.gnn.Dmpnn} is one network; {@link io.vscreen.models.gnn.DmpnnTrainer}
 * trains one with early stopping; {@link io.vscreen.models.gnn.GnnEnsemble} averages several;
 * {@link io.vscreen.models.gnn.GnnTrainingRun} writes a package ({@code vscreen train --arch gnn});
 * {@link io.vscreen.models.gnn.GraphModel} is what a {@link io.vscreen.models.pkg.ModelPackage}
 * with graph heads scores through; {@link io.vscreen.models.gnn.MoleculeGraphs} encodes molecules
 * into graphs with one error slot per molecule. Networks are stored as their trained variables
 * ({@code NetworkWeights}, format 4); {@link io.vscreen.models.gnn.NetworkUpgrade} rewrites older
 * packages, whose files held the whole SameDiff graph.
 *
 * <p>Typical training: {@code vscreen train --arch gnn --hidden 200 --hidden-dropout 0
 * --batch-size 32 --epochs 40 --patience 8 --data bace.csv --tasks Class,pIC50 --task-type
 * classification,regression --role efficacy --out bace-gnn} (the MLP's dropout and batch-size
 * defaults do not suit the graph network). {@link io.vscreen.models.gnn.ArchitectureChoice}
 * compares a graph package with a fingerprint package on their validation figures.
 *
 * <p><b>Native memory (ND4J 1.0.0-M2.1).</b> Two things made the process's native memory grow
 * during training and scoring, and both are avoided:
 * <ul>
 * <li>ND4J's unsorted segment sum keeps its output in native memory: 2,000 runs on a 2,000 x 64
 * input with 900 segments keep about 1.5 GB, whether the segment count is a graph input or an op
 * attribute (the sorted segment sum keeps about 0.3 MB a run). So the network has no segment op:
 * gathers by edge source, sums over incoming edges and the readout are matrix products with dense
 * per-batch structure matrices ({@code GraphInputs}), and the reverse edge's message is a fixed
 * swap within row pairs. The same 2,000 runs as a matrix product keep nothing. Dense structure
 * matrices cost atoms x edges per product, so inference scores a large batch in runs of at most
 * {@code GraphInputs.ATOM_BUDGET} atoms.</li>
 * <li>Every SameDiff session (each {@code fit} and {@code output} call) caches the arrays it
 * releases, up to a quarter of the native memory limit, for arrays of the same shape. Graph
 * minibatches change shape from batch to batch, so the caches of finished sessions piled up until
 * a garbage collection happened to free them (BACE training passed 5 GB within five minutes).
 * {@link io.vscreen.models.gnn.Dmpnn} turns the cache off (system property
 * {@code org.nd4j.autodiff.samediff=false}) unless the property was given.</li>
 * </ul>
 * {@code GnnMemoryRun} in the tests measures both, on one repeated batch of drugs or on shuffled
 * BACE minibatches.
 */
package io.vscreen.models.gnn;
