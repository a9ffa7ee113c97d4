/**
 * Writers of library-shaped outputs: rejects as CSV ({@code record,id,raw,reason}), SMILES files
 * and SD files that the readers of {@code io.vscreen.libraries} read back.
 */
package io.vscreen.libraries.writers;
