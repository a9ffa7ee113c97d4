/**
 * Molecules as graphs: {@link io.vscreen.chem.graph.HeavyAtomGraph}, the hydrogen-suppressed
 * index view (neighbours, hydrogen counts, ring bonds, perceived aromaticity) that fingerprints,
 * scaffolds and graph encoders build on, and the tensors a graph neural network reads.
 */
package io.vscreen.chem.graph;
