/** Scoring models on DL4J/ND4J: featurizers, architectures, training, metrics, packages, registry. */
package io.vscreen.models;
