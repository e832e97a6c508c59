// Column files (the memory-mapped snapshot of a workspace): a damaged, short or hostile file is
// refused, and one that is accepted can be read to its last byte.
#include "FuzzSupport.h"
#include "core/dataset/ColumnSnapshot.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString path = hc::fuzz::writeScratchFile(data, size, ".cols");
    qint64 generation = 0; // the file's own, so the fuzzer can reach past the header check
    if (size >= 24)
        std::memcpy(&generation, data + 16, sizeof generation);
    if (const auto mapped = hc::dataset::ColumnSnapshot::map(path, generation))
        hc::dataset::ColumnSnapshot::copyOf(*mapped);
    return 0;
}
