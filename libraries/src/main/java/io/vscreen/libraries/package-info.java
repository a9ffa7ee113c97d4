/**
 * Compound-library I/O: reading any real library file (SMILES, SDF V2000/V3000, CSV/TSV, each
 * optionally gzipped) as a stream of {@link io.vscreen.libraries.Record}s and
 * {@link io.vscreen.libraries.Reject}s, then of {@link io.vscreen.libraries.Outcome}s (molecule or
 * reject, one per record), with exact resumable {@link io.vscreen.libraries.ReaderPosition}s and
 * record-aligned {@link io.vscreen.libraries.Shard}s for parallel batch partitions. Start at
 * {@link io.vscreen.libraries.Libraries}.
 */
package io.vscreen.libraries;
