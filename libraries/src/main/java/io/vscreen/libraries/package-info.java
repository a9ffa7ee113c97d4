/** Compound-library I/O: streaming readers and writers, record-level rejects, shards. */
package io.vscreen.libraries;
