#pragma once

#include <QtGlobal>

// Receives an archive's bytes in order from offset 0 while it downloads, from the same buffers
// that are hashed and written, so a consumer (the snapshot indexer) needs no second read.
class ByteSink
{
public:
    virtual ~ByteSink() = default;
    // Consecutive blocks, in order, on the download's worker thread; must not block for long.
    virtual void write(const char *data, qint64 size) = 0;
    // complete: every byte was delivered and the checksum verified; false: abandoned or failed.
    virtual void finish(bool complete) = 0;
};
