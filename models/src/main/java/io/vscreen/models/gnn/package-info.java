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
 * into graphs with one error slot per molecule.
 *
 * <p>Typical training: {@code vscreen train --arch gnn --hidden 128 --hidden-dropout 0
 * --batch-size 32 --epochs 30 --patience 6 --data bace.csv --tasks Class,pIC50 --task-type
 * classification,regression --role efficacy --out bace-gnn} (the MLP's dropout and batch-size
 * defaults do not suit the graph network).
 *
 * <p><b>Known limitation (ND4J 1.0.0-M2.1):</b> the process's native memory grows with every
 * SameDiff training step and forward pass (about 0.3 to 1 MB each, not released by garbage
 * collection; {@code GnnMemoryRun} in the tests measures it). The cause is ND4J's unsorted
 * segment sum with a segment count given as a graph input: 3000 runs of that op alone on a
 * 2000 x 64 input keep about 2.2 GB, while gather and matrix products keep almost nothing. Long
 * trainings and very long screens with a graph package need a larger memory allowance or
 * restarts until the segment sums are replaced.
 */
package io.vscreen.models.gnn;
