/**
 * Molecular fingerprints for similarity and for model input.
 *
 * <ul>
 *   <li>{@link io.vscreen.chem.fingerprints.Fingerprint}: an immutable bit vector packed in
 *       {@code long} words, with base64 storage and 0/1 float export for networks;</li>
 *   <li>{@link io.vscreen.chem.fingerprints.CountFingerprint}: sparse feature counts (unfolded),
 *       folded on demand to any length;</li>
 *   <li>{@link io.vscreen.chem.fingerprints.FingerprintSpec}: the configuration string a model
 *       manifest stores ({@code ecfp4:2048}, {@code fcfp4-count:1024}, {@code maccs}) and the
 *       factory for per-thread {@link io.vscreen.chem.fingerprints.Fingerprinter}s;</li>
 *   <li>{@link io.vscreen.chem.fingerprints.Ecfp} (extended-connectivity and functional-class
 *       circular fingerprints) and {@link io.vscreen.chem.fingerprints.Maccs} (the 166 MACCS
 *       structural keys);</li>
 *   <li>{@link io.vscreen.chem.fingerprints.Tanimoto} and
 *       {@link io.vscreen.chem.fingerprints.FingerprintSet}: similarity of one pair and
 *       nearest-neighbour search over many thousands of reference fingerprints (applicability
 *       domain, diversity).</li>
 * </ul>
 *
 * <p>Fingerprinters are not thread-safe: one per thread. Fingerprints and fingerprint sets are
 * immutable and may be shared freely.
 */
package io.vscreen.chem.fingerprints;
