/**
 * The format readers behind {@code Libraries}: SMILES files, SD files (V2000/V3000) and CSV/TSV
 * tables, all framed byte by byte over a shared line input so that every record has an exact
 * byte offset (for checkpoints and shards) and no record can exhaust memory. Gzip is detected by
 * its magic bytes; its offsets count uncompressed bytes.
 */
package io.vscreen.libraries.formats;
