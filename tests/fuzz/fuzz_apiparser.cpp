// libFuzzer entry point for ApiParser (built only with clang; see run-fuzz.sh).
#include "FuzzApiParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    FuzzApiParser::parseEverything(input);
    return 0;
}
