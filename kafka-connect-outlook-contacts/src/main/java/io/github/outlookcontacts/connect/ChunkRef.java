package io.github.outlookcontacts.connect;

/**
 * Where one large state value lives: a chunk slot (its own source partition) and the tag written with it. Tags are
 * unique over every task's lifetime, so a slot read back with the expected tag holds exactly what was written.
 */
record ChunkRef(int slot, String tag) {
}
