/**
 * Keras models as vscreen packages: {@link io.vscreen.models.keras.KerasImporter} imports a Keras
 * Sequential model saved as HDF5 (through DL4J's Keras import and the bytedeco HDF5 library),
 * checks it against the featurizer and the tasks, and writes a package whose
 * {@code keras-import} head {@link io.vscreen.models.keras.KerasNetworkProvider} opens through
 * the scorer SPI, so imported models predict, evaluate and screen like trained ones.
 */
package io.vscreen.models.keras;
