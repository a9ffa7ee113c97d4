/**
 * Graph neural networks on molecular graphs: a directed message-passing network (D-MPNN, messages
 * on directed bonds as in Chemprop) built with SameDiff from the {@code chem} graph tensors, its
 * minibatch training with a masked multitask loss, seeded ensembles, and saving and loading.
 *
 * <p>{@link io.vscreen.models.gnn.Dmpnn} is one network; {@link io.vscreen.models.gnn.DmpnnTrainer}
 * trains one with early stopping; {@link io.vscreen.models.gnn.GnnEnsemble} averages several;
 * {@link io.vscreen.models.gnn.MoleculeGraphs} encodes molecules into graphs with one error slot per
 * molecule.
 */
package io.vscreen.models.gnn;
